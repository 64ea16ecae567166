// CM console: "Utiliser le brouillon N" copies that draft into the reply editor (text only, never HTML).
(function () {
  'use strict';
  var editor = document.getElementById('reply');
  if (!editor) {
    return;
  }
  document.querySelectorAll('button.use-draft').forEach(function (button) {
    button.addEventListener('click', function () {
      var draft = document.getElementById(button.getAttribute('data-draft'));
      if (draft) {
        editor.value = draft.textContent;
        editor.focus();
      }
    });
  });
}());

// Live inbox: every 10 s, asks whether messages arrived; a new distress message raises an alert that stays until the
// page is reloaded, the tab's title shows it, and a short tone sounds if the CM turned the sound on (remembered in this
// browser; the tone is synthesised, no file is fetched).
(function () {
  'use strict';
  var live = document.getElementById('inbox-live');
  var alertBox = document.getElementById('inbox-alert');
  if (!live || !alertBox) {
    return;
  }
  var newest = Number(live.getAttribute('data-newest')) || 0;
  var distress = Number(live.getAttribute('data-distress')) || 0;
  var title = document.title;
  // Once a distress message arrived, the alert says so until the page is reloaded, whatever arrives after it.
  var distressArrived = false;
  var soundBox = document.getElementById('inbox-sound');
  var audio = null;
  var soundKey = 'knowledgebot.inbox-sound';

  function remembered() {
    try { return window.localStorage.getItem(soundKey) === 'on'; } catch (e) { return false; }
  }

  function remember(on) {
    try { window.localStorage.setItem(soundKey, on ? 'on' : 'off'); } catch (e) { /* private mode: this page only */ }
  }

  // Browsers start sound only after a gesture: the context is made when the CM ticks the box (or at the first click).
  function audioContext() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!audio && Context) {
      audio = new Context();
    }
    return audio;
  }

  function tone() {
    var context = audioContext();
    if (!context) {
      return;
    }
    [0, 0.5].forEach(function (delay) {
      var oscillator = context.createOscillator();
      var gain = context.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.2;
      oscillator.connect(gain);
      gain.connect(context.destination);
      oscillator.start(context.currentTime + delay);
      oscillator.stop(context.currentTime + delay + 0.3);
    });
  }

  if (soundBox) {
    soundBox.checked = remembered();
    soundBox.addEventListener('change', function () {
      remember(soundBox.checked);
      if (soundBox.checked) {
        audioContext();
      }
    });
    document.addEventListener('click', function () { if (soundBox.checked) { audioContext(); } }, { once: true });
  }

  function show(summary) {
    var arrived = summary.newestId > newest;
    var moreDistress = summary.distress > distress;
    if (!arrived && !moreDistress) {
      return;
    }
    distressArrived = distressArrived || moreDistress;
    alertBox.textContent = '';
    var text = document.createElement('span');
    text.textContent = distressArrived
      ? 'Nouveau message de détresse : la personne a déjà reçu les numéros d’écoute. '
      : 'Nouveaux messages arrivés. ';
    var reload = document.createElement('a');
    reload.href = '/console';
    reload.textContent = 'Actualiser la boîte de réception';
    alertBox.appendChild(text);
    alertBox.appendChild(reload);
    alertBox.className = distressArrived ? 'inbox-alert distress' : 'inbox-alert';
    alertBox.hidden = false;
    document.title = (distressArrived ? '(!) ' : '(' + summary.pending + ') ') + title;
    if (moreDistress && soundBox && soundBox.checked) {
      tone();
    }
    newest = Math.max(newest, summary.newestId);
    distress = summary.distress;
  }

  setInterval(function () {
    fetch('/console/api/inbox', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (summary) { if (summary) { show(summary); } })
      .catch(function () { /* the next poll retries */ });
  }, 10000);
}());

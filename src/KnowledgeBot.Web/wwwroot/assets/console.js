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
// page is reloaded, and the tab's title shows it.
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

  function show(summary) {
    var arrived = summary.newestId > newest;
    var moreDistress = summary.distress > distress;
    if (!arrived && !moreDistress) {
      return;
    }
    alertBox.textContent = '';
    var text = document.createElement('span');
    text.textContent = moreDistress
      ? 'Nouveau message de détresse : la personne a déjà reçu les numéros d’écoute. '
      : 'Nouveaux messages arrivés. ';
    var reload = document.createElement('a');
    reload.href = '/console';
    reload.textContent = 'Actualiser la boîte de réception';
    alertBox.appendChild(text);
    alertBox.appendChild(reload);
    alertBox.className = moreDistress ? 'inbox-alert distress' : 'inbox-alert';
    alertBox.hidden = false;
    document.title = (moreDistress ? '(!) ' : '(' + summary.pending + ') ') + title;
  }

  setInterval(function () {
    fetch('/console/api/inbox', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (summary) { if (summary) { show(summary); } })
      .catch(function () { /* the next poll retries */ });
  }, 10000);
}());

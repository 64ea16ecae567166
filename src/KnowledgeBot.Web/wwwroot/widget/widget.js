// Patient chat widget. Every text from the server is rendered with textContent, never as HTML.
(function () {
  'use strict';

  var api = '/widget/api/conversations';
  var storageKey = 'knowledgebot.conversation';
  var pollMilliseconds = 4000;
  var roleLabels = { patient: 'Vous', bot: 'Assistant', team: "Réponse de l'équipe" };

  var log = document.getElementById('log');
  var list = document.getElementById('messages');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var status = document.getElementById('status');

  // A site that embeds the widget may block its storage (third-party frame): then the conversation lives in the
  // frame's URL fragment, which never reaches a server, and in memory.
  function remember(id) {
    try {
      if (id) { sessionStorage.setItem(storageKey, id); } else { sessionStorage.removeItem(storageKey); }
      return;
    } catch (e) { /* storage blocked */ }
    history.replaceState(null, '', id ? '#c=' + encodeURIComponent(id) : window.location.pathname);
  }

  function recall() {
    try {
      var stored = sessionStorage.getItem(storageKey);
      if (stored) { return stored; }
    } catch (e) { /* storage blocked */ }
    var match = /^#c=([A-Za-z0-9_-]{22})$/.exec(window.location.hash);
    return match ? match[1] : null;
  }

  var conversationId = recall();
  var lastSeq = 0;
  var polling = null;

  function safeUrl(value) {
    try {
      var url = new URL(value, window.location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // Links and phone numbers in a message become tappable: a web address opens in a new tab, a helpline calls.
  var linkPattern = /(https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?)])|((?:^|\n)(?:0 ?\d{3}(?: \d{3}){2}|0\d(?: ?\d{2}){4}|\d{2,4})(?= :))|(0\d(?:[ .]?\d{2}){4})/g;

  function appendLinked(parent, text) {
    var at = 0;
    text.replace(linkPattern, function (match, url, helpline, phone, offset) {
      var start = offset + (helpline && match.charAt(0) === '\n' ? 1 : 0);
      var value = url || (helpline || phone).replace(/^\n/, '');
      parent.appendChild(document.createTextNode(text.slice(at, start)));
      var link = document.createElement('a');
      link.textContent = value;
      if (url) {
        var safe = safeUrl(url);
        if (!safe) { parent.appendChild(document.createTextNode(value)); at = start + value.length; return match; }
        link.href = safe;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      } else {
        link.href = 'tel:' + value.replace(/[ .]/g, '');
      }
      parent.appendChild(link);
      at = start + value.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function renderCard(card) {
    var item = document.createElement('li');
    item.className = 'card';
    var url = card.url ? safeUrl(card.url) : null;
    var title = document.createElement(url ? 'a' : 'strong');
    title.className = 'card-title';
    title.textContent = card.title;
    if (url) {
      title.href = url;
      title.target = '_blank';
      title.rel = 'noopener noreferrer';
    }
    item.appendChild(title);
    if (card.text) {
      var text = document.createElement('p');
      text.textContent = card.text;
      item.appendChild(text);
    }
    return item;
  }

  function render(entry) {
    if (entry.seq <= lastSeq) {
      return;
    }
    lastSeq = entry.seq;
    var item = document.createElement('li');
    item.className = 'message role-' + entry.role;
    var who = document.createElement('span');
    who.className = 'who';
    who.textContent = (roleLabels[entry.role] || '') + ' :';
    item.appendChild(who);
    if (entry.text) {
      var text = document.createElement('p');
      text.className = 'text';
      appendLinked(text, entry.text);
      item.appendChild(text);
    }
    if (entry.cards && entry.cards.length) {
      var cards = document.createElement('ul');
      cards.className = 'cards';
      entry.cards.forEach(function (card) { cards.appendChild(renderCard(card)); });
      item.appendChild(cards);
    }
    list.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function show(message) {
    status.textContent = message || '';
  }

  function problemText(response) {
    switch (response.status) {
      case 413: return 'Votre message est trop long. Pouvez-vous le raccourcir ?';
      case 429: return 'Vous avez envoyé beaucoup de messages : merci de patienter une minute.';
      case 400: return 'Votre message est vide.';
      default: return "Le message n'a pas pu être envoyé. Réessayez dans un instant.";
    }
  }

  function openConversation() {
    return fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      .then(function (response) {
        if (!response.ok) { throw response; }
        return response.json();
      })
      .then(function (created) {
        conversationId = created.conversationId;
        remember(conversationId);
        lastSeq = 0;
        list.textContent = '';
      });
  }

  function poll() {
    if (!conversationId) {
      return Promise.resolve();
    }
    return fetch(api + '/' + encodeURIComponent(conversationId) + '/messages?after=' + lastSeq)
      .then(function (response) {
        if (response.status === 404) {
          conversationId = null;
          remember(null);
          return null;
        }
        return response.ok ? response.json() : null;
      })
      .then(function (page) {
        if (page) { page.messages.forEach(render); }
      })
      .catch(function () { /* the next poll retries */ });
  }

  function post(text) {
    return fetch(api + '/' + encodeURIComponent(conversationId) + '/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: text })
    });
  }

  function ask(text) {
    var ready = conversationId ? Promise.resolve() : openConversation();
    return ready
      .then(function () { return post(text); })
      .then(function (response) {
        if (response.status === 404) {
          return openConversation().then(function () { return post(text); });
        }
        return response;
      })
      .then(function (response) {
        if (!response.ok) {
          show(problemText(response));
          return false;
        }
        return response.json().then(function (page) {
          page.messages.forEach(render);
          show('');
          return true;
        });
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      show('Écrivez votre message avant de l’envoyer.');
      input.focus();
      return;
    }
    send.disabled = true;
    show('Envoi en cours…');
    ask(text)
      .then(function (sent) { if (sent) { input.value = ''; } })
      .catch(function () { show("Le message n'a pas pu être envoyé. Vérifiez votre connexion et réessayez."); })
      .then(function () { send.disabled = false; input.focus(); });
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  poll();
  polling = setInterval(poll, pollMilliseconds);
  window.addEventListener('pagehide', function () { clearInterval(polling); });
}());

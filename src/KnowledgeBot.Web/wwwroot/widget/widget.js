// Patient chat widget. Every text from the server is rendered with textContent, never as HTML.
(function () {
  'use strict';

  var api = '/widget/api/conversations';
  var storageKey = 'knowledgebot.conversation';
  var pollMilliseconds = 4000;
  var roleLabels = { patient: 'Vous', bot: 'Assistant', team: "Réponse de l'équipe" };

  var list = document.getElementById('messages');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var status = document.getElementById('status');

  var conversationId = sessionStorage.getItem(storageKey);
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
      text.textContent = entry.text;
      item.appendChild(text);
    }
    if (entry.cards && entry.cards.length) {
      var cards = document.createElement('ul');
      cards.className = 'cards';
      entry.cards.forEach(function (card) { cards.appendChild(renderCard(card)); });
      item.appendChild(cards);
    }
    list.appendChild(item);
    item.scrollIntoView({ block: 'end' });
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
        sessionStorage.setItem(storageKey, conversationId);
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
          sessionStorage.removeItem(storageKey);
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

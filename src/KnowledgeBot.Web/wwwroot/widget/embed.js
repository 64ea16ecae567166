// Embeds the KnowledgeBot widget in any page with one tag:
// <script src="https://YOUR-HOST/widget/embed.js" defer></script>
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src).origin;

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Une question ? Écrivez-nous';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'knowledgebot-widget');
  Object.assign(button.style, {
    position: 'fixed',
    right: '1rem',
    bottom: '1rem',
    zIndex: '2147483000',
    padding: '0.75rem 1rem',
    border: '0',
    borderRadius: '1.5rem',
    background: '#0b4f8a',
    color: '#ffffff',
    font: '600 1rem system-ui, sans-serif',
    cursor: 'pointer'
  });

  var frame = document.createElement('iframe');
  frame.id = 'knowledgebot-widget';
  frame.title = "Posez votre question à l'association";
  frame.src = origin + '/widget/';
  frame.hidden = true;
  Object.assign(frame.style, {
    position: 'fixed',
    right: '1rem',
    bottom: '4.5rem',
    width: 'min(24rem, calc(100vw - 2rem))',
    height: 'min(36rem, calc(100vh - 6rem))',
    border: '1px solid #5f6b7a',
    borderRadius: '0.75rem',
    background: '#ffffff',
    zIndex: '2147483000'
  });

  button.addEventListener('click', function () {
    frame.hidden = !frame.hidden;
    button.setAttribute('aria-expanded', String(!frame.hidden));
    if (!frame.hidden) { frame.focus(); }
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
}());

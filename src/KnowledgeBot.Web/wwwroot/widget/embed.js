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
  var buttonStyle = button.style;
  buttonStyle.position = 'fixed';
  buttonStyle.right = '1rem';
  buttonStyle.bottom = '1rem';
  buttonStyle.zIndex = '2147483000';
  buttonStyle.padding = '0.75rem 1rem';
  buttonStyle.border = '0';
  buttonStyle.borderRadius = '1.5rem';
  buttonStyle.background = '#0b4f8a';
  buttonStyle.color = '#ffffff';
  buttonStyle.font = '600 1rem system-ui, sans-serif';
  buttonStyle.cursor = 'pointer';

  var frame = document.createElement('iframe');
  frame.id = 'knowledgebot-widget';
  frame.title = "Posez votre question à l'association";
  frame.src = origin + '/widget/';
  frame.hidden = true;
  var frameStyle = frame.style;
  frameStyle.position = 'fixed';
  frameStyle.right = '1rem';
  frameStyle.bottom = '4.5rem';
  frameStyle.width = 'min(24rem, calc(100vw - 2rem))';
  frameStyle.height = 'min(36rem, calc(100vh - 6rem))';
  frameStyle.border = '1px solid #5f6b7a';
  frameStyle.borderRadius = '0.75rem';
  frameStyle.background = '#ffffff';
  frameStyle.zIndex = '2147483000';

  button.addEventListener('click', function () {
    frame.hidden = !frame.hidden;
    button.setAttribute('aria-expanded', String(!frame.hidden));
    if (!frame.hidden) { frame.focus(); }
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
}());

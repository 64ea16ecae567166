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

// A small editor for article text: turns each <textarea data-rich-text> into an editable area with a toolbar
// (bold, italic, underline, heading, quote, lists). The textarea keeps the HTML and is what the form sends; the
// server cleans it to a safe subset in any case. Without JavaScript the textarea takes plain text.
(function () {
  'use strict';

  var COMMANDS = [
    ['bold', null, 'B'], ['italic', null, 'I'], ['underline', null, 'U'],
    ['formatBlock', 'h3', 'H'], ['formatBlock', 'blockquote', '❝'], ['formatBlock', 'p', '¶'],
    ['insertUnorderedList', null, '•'], ['insertOrderedList', null, '1.']
  ];

  function enhance(area) {
    var labels = (area.dataset.labels || '').split('|');
    var toolbar = document.createElement('div');
    toolbar.className = 'rich-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    var editor = document.createElement('div');
    editor.className = 'rich-editor';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('aria-label', area.dataset.label || '');
    editor.id = area.id + '-editor';
    // the server sends this value already cleaned
    editor.innerHTML = area.value;
    COMMANDS.forEach(function (c, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = c[2];
      button.title = labels[i] || c[0];
      button.setAttribute('aria-label', labels[i] || c[0]);
      button.addEventListener('mousedown', function (e) { e.preventDefault(); });
      button.addEventListener('click', function () {
        editor.focus();
        document.execCommand(c[0], false, c[1]);
        sync();
      });
      toolbar.appendChild(button);
    });
    editor.addEventListener('focus', function () {
      document.execCommand('defaultParagraphSeparator', false, 'p');
    });
    // always send markup, so that the server does not take "a &amp; b" for plain text
    function sync() {
      var html = editor.innerHTML.trim();
      area.value = html === '' || html.charAt(0) === '<' ? html : '<p>' + html + '</p>';
    }
    editor.addEventListener('input', sync);
    area.form.addEventListener('submit', sync);
    area.hidden = true;
    area.parentNode.insertBefore(toolbar, area);
    area.parentNode.insertBefore(editor, area);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-rich-text]').forEach(enhance);
  });
})();

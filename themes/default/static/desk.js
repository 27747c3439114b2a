// The desk's enhancements. Every page works without them; with them:
//  - the queue answers to the keyboard (j/k move, a approve, s spam,
//    t trash, r reply) and acts without reloading;
//  - the editor shows a live preview, keeps an autosaved copy in this
//    browser, and schedules in the writer's own time zone;
//  - message templates fill the message form in place;
//  - answers and messages to writers are kept in this browser until they are
//    sent, so a session that ran out while someone wrote loses nothing.
(function () {
  'use strict';

  function csrfOf(form) {
    var input = form.querySelector('input[name="csrf"]');
    return input ? input.value : '';
  }
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  // A status line of `className`: `text`, then one button per { label, quiet, act }.
  function statusLine(className, text, buttons) {
    var line = document.createElement('p');
    line.className = className;
    line.setAttribute('role', 'status');
    line.appendChild(document.createTextNode(text));
    buttons.forEach(function (b) {
      var button = document.createElement('button');
      button.type = 'button';
      if (b.quiet) button.className = 'button-quiet';
      button.textContent = b.label;
      button.addEventListener('click', function () { b.act(); line.remove(); });
      line.appendChild(document.createTextNode(' '));
      line.appendChild(button);
    });
    return line;
  }
  function say(text) {
    var box = document.querySelector('.desk-notice[data-live]');
    if (!box) {
      box = document.createElement('p');
      box.className = 'desk-notice';
      box.setAttribute('role', 'status');
      box.setAttribute('data-live', '');
      var main = document.getElementById('main');
      main.insertBefore(box, main.firstChild);
    }
    box.textContent = text;
  }

  // --- The queue ---------------------------------------------------------------
  var queue = document.querySelector('[data-queue]');
  if (queue) {
    var current = -1;
    var items = function () { return Array.prototype.slice.call(queue.querySelectorAll('.queue-item:not(.is-done)')); };
    var select = function (index) {
      var list = items();
      if (!list.length) return;
      current = Math.max(0, Math.min(index, list.length - 1));
      list.forEach(function (li, i) { li.classList.toggle('is-current', i === current); });
      list[current].focus();
      list[current].scrollIntoView({ block: 'nearest' });
    };
    var act = function (li, button) {
      var form = button.form;
      var body = new URLSearchParams();
      body.set('action', button.value);
      body.set('csrf', csrfOf(form));
      // getAttribute: form.action would be the buttons named "action".
      fetch(form.getAttribute('action'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrfOf(form) },
        body: body.toString(),
        credentials: 'same-origin',
      }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        li.classList.add('is-done');
        li.setAttribute('aria-hidden', 'true');
        var who = li.querySelector('.desk-comment-who');
        say((who ? who.textContent + ': ' : '') + button.textContent.trim() + ' — done.');
        select(current);
      }).catch(function () {
        say('That did not work. Nothing was changed; please try again, or reload the page.');
      });
    };
    document.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      var key = event.key;
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        select(current < 0 ? 0 : current + (key === 'j' ? 1 : -1));
        return;
      }
      var list = items();
      if (current < 0 || !list[current]) return;
      var li = list[current];
      var control = li.querySelector('[data-key="' + key + '"]');
      if (!control) return;
      event.preventDefault();
      if (control.tagName === 'A') { window.location.href = control.href; return; }
      act(li, control);
    });
    queue.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button[data-key]');
      if (!button) return;
      event.preventDefault();
      var li = button.closest('.queue-item');
      current = items().indexOf(li);
      act(li, button);
    });
  }

  // --- The editor --------------------------------------------------------------
  var editor = document.getElementById('editor');
  if (editor) {
    var source = editor.querySelector('[data-preview-source]');
    var preview = document.querySelector('[data-preview]');
    var status = editor.querySelector('[data-autosave-status]');
    var key = 'rapport-editor:' + editor.getAttribute('data-draft-key');
    var storage = null;
    try { storage = window.localStorage; storage.getItem('x'); } catch (e) { storage = null; }

    var offsetField = editor.querySelector('[data-utc-offset]');
    var when = editor.querySelector('input[name="publish_at"]');
    var zoneNote = editor.querySelector('[data-zone-note]');
    var offset = -new Date().getTimezoneOffset();
    if (offsetField) offsetField.value = String(offset);
    if (when && when.value) {
      // The server writes UTC; show the writer's own time.
      var utc = new Date(when.value + ':00Z');
      if (!isNaN(utc)) {
        var local = new Date(utc.getTime() + offset * 60000).toISOString().slice(0, 16);
        when.value = local;
      }
    }
    if (zoneNote) {
      var zone = '';
      try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { zone = ''; }
      zoneNote.textContent = '(your time' + (zone ? ', ' + zone : '') + ')';
    }

    var fields = function () {
      var data = {};
      Array.prototype.forEach.call(editor.elements, function (el) {
        if (!el.name || el.name === 'csrf' || el.type === 'submit') return;
        if (el.type === 'checkbox') { data[el.name + ':' + el.value] = el.checked; return; }
        if (el.type === 'radio') { if (el.checked) data[el.name] = el.value; return; }
        data[el.name] = el.value;
      });
      return data;
    };
    var restore = function (data) {
      Array.prototype.forEach.call(editor.elements, function (el) {
        if (!el.name || el.name === 'csrf') return;
        if (el.type === 'checkbox') { var k = el.name + ':' + el.value; if (k in data) el.checked = data[k]; return; }
        if (el.type === 'radio') { el.checked = data[el.name] === el.value; return; }
        if (el.name in data) el.value = data[el.name];
      });
    };
    var saved = JSON.stringify(fields());
    var justSaved = /[?&]done=saved/.test(location.search);
    if (storage && justSaved) storage.removeItem(key);
    if (storage && !justSaved) {
      try {
        var kept = JSON.parse(storage.getItem(key) || 'null');
        if (kept && JSON.stringify(kept.fields) !== saved) {
          editor.parentNode.insertBefore(statusLine('desk-notice', 'This browser kept changes you had not saved.', [
            { label: 'Bring them back', act: function () { restore(kept.fields); refresh(); } },
            { label: 'Discard them', quiet: true, act: function () { storage.removeItem(key); } },
          ]), editor);
        }
      } catch (e) { /* a damaged copy is ignored */ }
    }
    var timer = null;
    var previewTimer = null;
    var refresh = function () {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(function () {
        var body = new URLSearchParams();
        body.set('body', source.value);
        fetch('/desk/preview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrfOf(editor) },
          body: body.toString(),
          credentials: 'same-origin',
        }).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
          .then(function (html) { preview.innerHTML = html; })
          .catch(function () { /* the last preview stays */ });
      }, 350);
    };
    editor.addEventListener('input', function (event) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (!storage) return;
        try {
          storage.setItem(key, JSON.stringify({ at: Date.now(), fields: fields() }));
          if (status) status.textContent = 'A copy is kept in this browser.';
        } catch (e) { if (status) status.textContent = ''; }
      }, 500);
      if (event.target === source) refresh();
    });
    editor.addEventListener('submit', function () { if (offsetField) offsetField.value = String(offset); });
  }

  // --- Answers and messages kept until sent -----------------------------------------
  // Each <textarea data-keep="reply-12"> is copied to this browser as it is
  // typed. Sending marks the copy; the next page that confirms an action
  // (?done=...) forgets marked copies. A copy not confirmed (the session ran
  // out, the page was closed) comes back into its empty box, with a way to
  // discard it.
  var keepers = document.querySelectorAll('textarea[data-keep]');
  if (keepers.length) {
    var shelf = null;
    try { shelf = window.localStorage; shelf.getItem('x'); } catch (e) { shelf = null; }
    if (shelf) {
      var confirmed = /[?&]done=/.test(location.search);
      for (var n = shelf.length - 1; n >= 0; n--) {
        var shelved = shelf.key(n);
        if (!shelved || shelved.indexOf('rapport-keep:') !== 0) continue;
        try {
          if (confirmed && JSON.parse(shelf.getItem(shelved)).sent) shelf.removeItem(shelved);
        } catch (e) { shelf.removeItem(shelved); }
      }
      Array.prototype.forEach.call(keepers, function (box) {
        var name = 'rapport-keep:' + box.getAttribute('data-keep');
        var save = function (sent) {
          try {
            if (box.value) shelf.setItem(name, JSON.stringify({ text: box.value, sent: sent, at: Date.now() }));
            else shelf.removeItem(name);
          } catch (e) { /* full or private: the server still shows the text again on a problem */ }
        };
        var copy = null;
        try { copy = JSON.parse(shelf.getItem(name) || 'null'); } catch (e) { copy = null; }
        if (copy && copy.text && !box.value) {
          box.value = copy.text;
          box.parentNode.insertBefore(statusLine('hint', 'This text was kept in this browser; it has not been sent.', [
            { label: 'Discard it', quiet: true, act: function () { shelf.removeItem(name); box.value = ''; box.focus(); } },
          ]), box.nextSibling);
          save(false);  // back in its box: unsent until it is sent again
        } else if (box.value) {
          save(false);  // the page brought it back with a problem: not sent
        }
        box.addEventListener('input', function () { save(false); });
        if (box.form) box.form.addEventListener('submit', function () { save(true); });
      });
    }
  }

  // --- Message templates ----------------------------------------------------------
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.template-link');
    if (!link) return;
    var subject = document.getElementById('message-subject');
    var body = document.getElementById('message-body');
    if (!subject || !body) return;
    event.preventDefault();
    subject.value = link.getAttribute('data-subject') || '';
    body.value = link.getAttribute('data-body') || '';
    body.focus();
  });

  var errors = document.getElementById('form-errors');
  if (errors) errors.focus();
})();

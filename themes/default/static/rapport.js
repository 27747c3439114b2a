// Rapport: small enhancements for readers. Everything works without this
// file; with it, the reply form moves under the comment being answered and
// the text being written is kept in this browser until it is posted.
(function () {
  'use strict';

  // --- Content warnings: a reader may hide such comments altogether ----------
  (function () {
    var warned = document.querySelectorAll('[data-content-warning]');
    if (!warned.length) return;
    var storage = null;
    try { storage = window.localStorage; storage.getItem('x'); } catch (e) { storage = null; }
    var key = 'rapport-hide-warned';
    var list = document.querySelector('#comments .thread');
    if (!list) return;
    var box = document.createElement('p');
    box.className = 'warning-preference';
    var input = document.createElement('input');
    input.type = 'checkbox';
    input.id = 'hide-warned';
    var label = document.createElement('label');
    label.htmlFor = 'hide-warned';
    label.textContent = ' Hide comments that carry a content warning (' + warned.length + ' here). This browser remembers.';
    box.appendChild(input);
    box.appendChild(label);
    list.parentNode.insertBefore(box, list);
    var apply = function () {
      Array.prototype.forEach.call(warned, function (details) {
        var li = details.closest('li.comment');
        if (li) li.classList.toggle('is-hidden-by-preference', input.checked);
      });
    };
    input.checked = !!(storage && storage.getItem(key) === '1');
    apply();
    input.addEventListener('change', function () {
      if (storage) { try { storage.setItem(key, input.checked ? '1' : '0'); } catch (e) {} }
      apply();
    });
  })();

  var support = document.getElementById('support');
  if (support && location.hash === '#support') support.focus();

  var form = document.getElementById('comment-form');
  if (!form) return;

  var storage = null;
  try { storage = window.localStorage; storage.getItem('x'); } catch (e) { storage = null; }

  var body = form.querySelector('textarea[name="body"]');
  var nameInput = form.querySelector('input[name="author_name"]');
  var emailInput = form.querySelector('input[name="author_email"]');
  var parentInput = form.querySelector('input[name="parent_id"]');
  var title = form.querySelector('.comment-form-title');
  var submit = form.querySelector('button[type="submit"]');
  var draftKey = 'rapport-draft:' + (form.getAttribute('data-draft-key') || location.pathname);
  var home = { parent: form.parentNode, next: form.nextSibling };
  var defaultTitle = title ? title.textContent : '';
  var defaultSubmit = submit ? submit.textContent : '';

  // --- Drafts -------------------------------------------------------------
  function readDraft() {
    if (!storage) return null;
    try { return JSON.parse(storage.getItem(draftKey) || 'null'); } catch (e) { return null; }
  }
  function saveDraft() {
    if (!storage) return;
    var draft = { body: body.value, name: nameInput.value, email: emailInput.value, parent: parentInput.value, at: Date.now() };
    try {
      if (draft.body.trim() === '') storage.removeItem(draftKey); else storage.setItem(draftKey, JSON.stringify(draft));
    } catch (e) { /* storage full or refused: the form still works */ }
  }
  var timer = null;
  function saveSoon() { clearTimeout(timer); timer = setTimeout(saveDraft, 400); }

  // Name and email are remembered for next time, in this browser only.
  var identityKey = 'rapport-identity';
  function rememberIdentity() {
    if (!storage) return;
    try { storage.setItem(identityKey, JSON.stringify({ name: nameInput.value, email: emailInput.value })); } catch (e) {}
  }

  // --- Moving the form under a comment --------------------------------------
  function replyTo(commentId, name) {
    var li = document.getElementById('comment-' + commentId);
    if (!li) return false;
    var card = li.querySelector('.comment-card');
    card.parentNode.insertBefore(form, card.nextSibling);
    parentInput.value = commentId;
    if (title) title.textContent = 'Reply to ' + name;
    if (submit) submit.textContent = 'Post reply';
    showCancel(true);
    body.focus();
    saveSoon();
    return true;
  }
  // A server-rendered reply form has a "Cancel reply" link that reloads the
  // page; a form moved here gets a button that moves it back.
  var cancel = null;
  function showCancel(on) {
    if (form.querySelector('a.cancel-reply')) return;
    if (!cancel) {
      cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'cancel-reply';
      cancel.textContent = 'Cancel reply';
      form.querySelector('.form-actions').appendChild(cancel);
      cancel.addEventListener('click', function () { resetForm(); });
    }
    cancel.hidden = !on;
  }
  function resetForm() {
    home.parent.insertBefore(form, home.next);
    parentInput.value = '';
    if (title) title.textContent = defaultTitle.indexOf('Reply to') === 0 ? 'Leave a comment' : defaultTitle;
    if (submit) submit.textContent = defaultSubmit.indexOf('reply') >= 0 ? 'Post comment' : defaultSubmit;
    showCancel(false);
    saveSoon();
    body.focus();
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.reply-link') : null;
    if (!link) return;
    if (replyTo(link.getAttribute('data-reply-to'), link.getAttribute('data-reply-name') || 'this comment')) {
      event.preventDefault();
    }
  });

  // --- Start-up ---------------------------------------------------------------
  // A draft is dropped only once its comment is known to be stored: the
  // form was sent from this tab, and the server answered with the page
  // scrolled to a comment rather than with the form and its errors.
  var sentKey = 'rapport-sent:' + draftKey;
  var session = null;
  try { session = window.sessionStorage; } catch (e) { session = null; }
  var hash = location.hash.match(/^#comment-(\d+)$/);
  var draft = readDraft();
  if (session && session.getItem(sentKey)) {
    var stored = hash && document.getElementById('comment-' + hash[1]) && !form.querySelector('.form-errors');
    if (stored && storage) { storage.removeItem(draftKey); draft = null; }
    session.removeItem(sentKey);
  }
  if (draft && body.value.trim() === '') {
    body.value = draft.body || '';
    if (!nameInput.value) nameInput.value = draft.name || '';
    if (!emailInput.value) emailInput.value = draft.email || '';
    if (draft.parent && !parentInput.value) {
      var li = document.getElementById('comment-' + draft.parent);
      var author = li && li.querySelector('.comment-author');
      replyTo(draft.parent, author ? author.textContent : 'this comment');
    }
  } else if (storage && !nameInput.value) {
    try {
      var identity = JSON.parse(storage.getItem(identityKey) || 'null');
      if (identity) { nameInput.value = identity.name || ''; emailInput.value = identity.email || ''; }
    } catch (e) {}
  }

  body.addEventListener('input', saveSoon);
  nameInput.addEventListener('input', saveSoon);
  emailInput.addEventListener('input', saveSoon);
  form.addEventListener('submit', function () {
    saveDraft();
    rememberIdentity();
    if (session) { try { session.setItem(sentKey, '1'); } catch (e) {} }
  });

  var errors = document.getElementById('form-errors');
  if (errors) errors.focus();
})();

(function () {
  'use strict';
  var panes = [document.getElementById('pane-original'), document.getElementById('pane-revised')];
  var findings = Array.prototype.slice.call(document.querySelectorAll('#finding-list .finding'));
  var filters = Array.prototype.slice.call(document.querySelectorAll('.filters input[type=checkbox]'));
  var link = document.getElementById('link-scrolling');
  var allChanges = document.getElementById('show-all-changes');
  var narrow = window.matchMedia ? window.matchMedia('(max-width: 900px)') : { matches: false };
  var quietUntil = 0;

  function marksOf(pane, id) {
    return Array.prototype.filter.call(pane.querySelectorAll('[data-findings]'), function (el) {
      return el.getAttribute('data-findings').split(' ').indexOf(id) >= 0;
    });
  }

  function placeMarksOf(pane, key) {
    return Array.prototype.filter.call(pane.querySelectorAll('[data-places]'), function (el) {
      return el.getAttribute('data-places').split(' ').indexOf(key) >= 0;
    });
  }

  function equalizeRows() {
    var left = panes[0].querySelectorAll('.row');
    var right = panes[1].querySelectorAll('.row');
    var i;
    for (i = 0; i < left.length; i++) {
      left[i].style.minHeight = '';
      right[i].style.minHeight = '';
    }
    if (getComputedStyle(panes[0].parentNode).gridTemplateColumns.split(' ').length < 2) {
      return;
    }
    for (i = 0; i < left.length && i < right.length; i++) {
      var h = Math.max(left[i].offsetHeight, right[i].offsetHeight) + 'px';
      left[i].style.minHeight = h;
      right[i].style.minHeight = h;
    }
  }

  function checked(name) {
    return filters.filter(function (f) { return f.name === name && f.checked; }).map(function (f) { return f.value; });
  }

  function applyFilters() {
    var severities = checked('severity');
    var categories = checked('category');
    var hasCategoryFilter = filters.some(function (f) { return f.name === 'category'; });
    var shown = 0;
    var hiddenIds = {};
    findings.forEach(function (li) {
      var visible = severities.indexOf(li.getAttribute('data-severity')) >= 0 &&
        (!hasCategoryFilter || categories.indexOf(li.getAttribute('data-category')) >= 0);
      li.hidden = !visible;
      if (visible) { shown++; } else { hiddenIds[li.id] = true; }
    });
    panes.forEach(function (pane) {
      Array.prototype.forEach.call(pane.querySelectorAll('[data-findings]'), function (el) {
        var ids = el.getAttribute('data-findings').split(' ');
        el.classList.toggle('filtered', ids.every(function (id) { return hiddenIds[id]; }));
      });
    });
    document.getElementById('shown-count').textContent = String(shown);
  }

  function scrollPaneTo(pane, target) {
    var offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop = Math.max(0, pane.scrollTop + offset - pane.clientHeight / 3);
  }

  function paragraphAt(pane, start) {
    if (start < 0) { return null; }
    var paras = pane.querySelectorAll('.para');
    for (var i = 0; i < paras.length; i++) {
      if (+paras[i].getAttribute('data-start') <= start && start <= +paras[i].getAttribute('data-end')) {
        return paras[i];
      }
    }
    return null;
  }

  // On a narrow screen the panes are far below the list: the paragraphs of the place selected, from both
  // versions, are shown under the finding itself (copies of the panes' paragraphs, marks included).
  function showContext(li, key, starts) {
    findings.forEach(function (f) {
      if (f !== li) { f.querySelector('.context').textContent = ''; }
    });
    var box = li.querySelector('.context');
    box.textContent = '';
    if (!narrow.matches) { return; }
    panes.forEach(function (pane, side) {
      var mark = placeMarksOf(pane, key)[0];
      var para = mark ? mark.closest('.para') : paragraphAt(pane, starts[side]);
      var block = document.createElement('div');
      block.className = 'ctx ctx-' + (side === 0 ? 'original' : 'revised');
      var label = document.createElement('span');
      label.className = 'side';
      label.textContent = side === 0 ? 'Original' : 'Revised';
      block.appendChild(label);
      if (para) {
        var copy = para.cloneNode(true);
        copy.removeAttribute('id');
        block.appendChild(copy);
      } else {
        var gap = document.createElement('p');
        gap.className = 'gap';
        gap.textContent = side === 0 ? '(not in the original)' : '(not in the revision)';
        block.appendChild(gap);
      }
      box.appendChild(block);
    });
  }

  // Selects a finding and brings both panes to one of its places: the one given (a button of its list of
  // places), else its first. Every place of the finding is marked current.
  function select(li, focusList, place) {
    var folded = li.closest('details');
    if (folded && !folded.open) { folded.open = true; }
    findings.forEach(function (f) { f.classList.toggle('active', f === li); });
    Array.prototype.forEach.call(document.querySelectorAll('.hl.current, .place.current'), function (el) {
      el.classList.remove('current');
    });
    quietUntil = Date.now() + 300;
    var at = place || li;
    var key = place ? place.getAttribute('data-place') : li.id + '-1';
    if (place) { place.classList.add('current'); }
    var starts = [+at.getAttribute('data-original-start'), +at.getAttribute('data-revised-start')];
    panes.forEach(function (pane, side) {
      marksOf(pane, li.id).forEach(function (el) { el.classList.add('current'); });
      var target = placeMarksOf(pane, key)[0] || paragraphAt(pane, starts[side]);
      if (target) { scrollPaneTo(pane, target); }
    });
    showContext(li, key, starts);
    if (focusList) {
      li.querySelector('.go').focus();
    }
    if (li.scrollIntoView) { li.scrollIntoView({ block: 'nearest' }); }
  }

  function visibleFindings() {
    return findings.filter(function (li) { return !li.hidden; });
  }

  function step(delta) {
    var visible = visibleFindings();
    if (!visible.length) { return; }
    var current = visible.indexOf(document.querySelector('.finding.active'));
    var next = current < 0 ? (delta > 0 ? 0 : visible.length - 1)
      : Math.min(visible.length - 1, Math.max(0, current + delta));
    select(visible[next], true);
  }

  findings.forEach(function (li) {
    li.querySelector('.go').addEventListener('click', function () { select(li, false); });
    Array.prototype.forEach.call(li.querySelectorAll('.place'), function (place) {
      place.addEventListener('click', function () { select(li, false, place); });
    });
  });
  filters.forEach(function (f) { f.addEventListener('change', applyFilters); });
  allChanges.addEventListener('change', function () {
    document.body.classList.toggle('muted-diff', !allChanges.checked);
  });

  panes.forEach(function (pane, side) {
    pane.addEventListener('click', function (event) {
      var mark = event.target.closest ? event.target.closest('[data-findings]') : null;
      if (!mark || mark.classList.contains('filtered')) { return; }
      var ids = mark.getAttribute('data-findings').split(' ');
      var li = visibleFindings().filter(function (f) { return ids.indexOf(f.id) >= 0; })[0];
      if (!li) { return; }
      var keys = (mark.getAttribute('data-places') || '').split(' ');
      var place = Array.prototype.filter.call(li.querySelectorAll('.place'), function (p) {
        return keys.indexOf(p.getAttribute('data-place')) >= 0;
      })[0];
      select(li, true, place);
    });
    pane.addEventListener('scroll', function () {
      if (!link.checked || Date.now() < quietUntil) { return; }
      var other = panes[1 - side];
      quietUntil = Date.now() + 50;
      other.scrollTop = pane.scrollTop;
    });
  });

  document.addEventListener('keydown', function (event) {
    var tag = event.target.tagName;
    if (event.altKey || event.ctrlKey || event.metaKey || tag === 'INPUT' || tag === 'TEXTAREA') { return; }
    if (event.key === 'j' || event.key === 'n') { step(1); event.preventDefault(); }
    if (event.key === 'k' || event.key === 'p') { step(-1); event.preventDefault(); }
  });

  window.addEventListener('resize', equalizeRows);
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details.folded'), function (d) { d.open = true; });
    equalizeRows();
  });
  if (window.matchMedia) {
    var printing = window.matchMedia('print');
    if (printing.addEventListener) { printing.addEventListener('change', equalizeRows); }
  }
  equalizeRows();
  applyFilters();
  document.documentElement.setAttribute('data-ready', 'true');
}());

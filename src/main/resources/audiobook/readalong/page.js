// The read-along page: plays the book's chapters and marks the sentence being spoken.
// All it needs is embedded in the page (the <script id="book"> block), so it works from file://.
(function () {
  'use strict';

  var book = JSON.parse(document.getElementById('book').textContent);
  var audio = document.getElementById('audio');
  var text = document.getElementById('text');
  var playButton = document.getElementById('play');
  var dryBox = document.getElementById('dry');
  var status = document.getElementById('status');
  var storageKey = 'audiobook:' + book.title + ':' + book.author;

  var chapter = -1;        // index in book.chapters of the chapter shown
  var spans = [];          // the shown chapter's sentence elements, by segment index
  var marked = -1;         // index of the segment marked aria-current="true"
  var pendingSeek = null;  // seconds to seek to once the audio can seek; the page's time until then
  var playWhenReady = false;
  var scrolled = false;     // the first scroll to the marked sentence jumps, later ones glide

  // Errors go into the page too, so a test reading the DOM sees them.
  window.addEventListener('error', function (e) {
    document.documentElement.setAttribute('data-errors',
      (document.documentElement.getAttribute('data-errors') || '') + e.message + '\n');
  });

  /**
   * The segment spoken at `ms`: the one whose [start, end) holds it; in a pause, the nearer of
   * the two around it (the earlier on a tie); before the first, the first; after the last, the last.
   */
  function segmentAt(segments, ms) {
    var lo = 0, hi = segments.length - 1, found = -1;
    while (lo <= hi) {                      // last segment starting at or before ms
      var mid = (lo + hi) >> 1;
      if (segments[mid].start_ms <= ms) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (found < 0) return 0;
    var s = segments[found];
    if (ms < s.end_ms || found === segments.length - 1) return found;
    return ms - s.end_ms <= segments[found + 1].start_ms - ms ? found : found + 1;
  }

  function fileUrl(path) {
    return path.split('/').map(encodeURIComponent).join('/');
  }

  /** The MP3s when the build encoded them (browsers stream them better), else the WAVs. */
  function audioFile(c) {
    if (dryBox.checked && c.dry_file) return c.dry_mp3 || c.dry_file;
    return c.mp3 || c.file;
  }

  function clock(ms) {
    var s = Math.round(ms / 1000);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  // ---- what is shown -------------------------------------------------------------------------

  function renderChapterList() {
    var list = document.getElementById('chapters');
    book.chapters.forEach(function (c, i) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = c.title + ' ';
      var length = document.createElement('span');
      length.className = 'length';
      length.textContent = clock(c.duration_ms);
      button.appendChild(length);
      button.addEventListener('click', function () { select(i, 0, !audio.paused); });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  /** The manifest's kind (credits, title, text); a manifest without kinds has its title first. */
  function kind(s, i) {
    return s.kind || (i === 0 && s.pause_after === 'title' ? 'title' : 'text');
  }

  // A block (heading or paragraph) ends after a pause longer than a sentence's, or where the kind changes.
  function renderText(c) {
    text.textContent = '';
    spans = [];
    var block = null;
    var blockKind = null;
    c.segments.forEach(function (s, i) {
      if (!block || kind(s, i) !== blockKind) {
        blockKind = kind(s, i);
        block = document.createElement(blockKind === 'title' ? 'h2' : 'p');
        if (blockKind === 'credits') block.className = 'credits';
        text.appendChild(block);
      } else {
        block.appendChild(document.createTextNode(' '));
      }
      var span = document.createElement('span');
      span.className = 's';
      span.id = 's' + s.index;
      span.textContent = s.text;
      span.setAttribute('data-index', i);
      block.appendChild(span);
      spans.push(span);
      if (s.pause_after !== 'sentence' && s.pause_after !== 'clause') {
        block = null;
        if (s.pause_after === 'scene') {
          var rule = document.createElement('p');
          rule.className = 'scene';
          rule.setAttribute('aria-hidden', 'true');
          rule.textContent = '* * *';
          text.appendChild(rule);
        }
      }
    });
  }

  function mark(index) {
    if (index === marked) return;
    if (marked >= 0 && spans[marked]) spans[marked].removeAttribute('aria-current');
    marked = index;
    var span = spans[index];
    if (!span) return;
    span.setAttribute('aria-current', 'true');
    var box = span.getBoundingClientRect();
    var top = document.querySelector('.player').getBoundingClientRect().bottom;
    if (box.top < top || box.bottom > window.innerHeight) {
      var smooth = scrolled && !matchMedia('(prefers-reduced-motion: reduce)').matches;
      span.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    }
    scrolled = true;
  }

  function now() {
    return pendingSeek !== null ? pendingSeek : audio.currentTime;
  }

  function update() {
    if (chapter >= 0) mark(segmentAt(book.chapters[chapter].segments, now() * 1000));
    playButton.textContent = audio.paused ? 'Play' : 'Pause';
  }

  // ---- playing ---------------------------------------------------------------------------------

  function play() {
    var started = audio.play();
    if (started) {
      started.catch(function (e) {
        if (e.name !== 'AbortError') status.textContent = 'Cannot play: ' + e.message;
      });
    }
  }

  /** Shows chapter `index` and seeks to `seconds` in it; plays when `andPlay`. */
  function select(index, seconds, andPlay) {
    var c = book.chapters[index];
    if (index !== chapter) {
      chapter = index;
      marked = -1;
      renderText(c);
      document.querySelectorAll('#chapters button').forEach(function (b, i) {
        b.classList.toggle('current', i === index);
        b.setAttribute('aria-label', book.chapters[i].title + (i === index ? ', current chapter' : ''));
      });
    }
    seek(seconds, andPlay, audioFile(c));
    save();
  }

  function seek(seconds, andPlay, file) {
    var url = fileUrl(file);
    status.textContent = '';
    if (audio.getAttribute('src') !== url) {
      pendingSeek = seconds;
      playWhenReady = andPlay;
      audio.src = url;
    } else if (audio.readyState === 0) {
      pendingSeek = seconds;
      playWhenReady = playWhenReady || andPlay;
    } else {
      pendingSeek = null;
      audio.currentTime = seconds;
      if (andPlay) play();
    }
    update();
  }

  function seekSegment(index, andPlay) {
    var segments = book.chapters[chapter].segments;
    if (index < 0 && chapter > 0) {
      var previous = book.chapters[chapter - 1].segments;
      select(chapter - 1, previous[previous.length - 1].start_ms / 1000, andPlay);
    } else if (index >= segments.length && chapter < book.chapters.length - 1) {
      select(chapter + 1, book.chapters[chapter + 1].segments[0].start_ms / 1000, andPlay);
    } else {
      index = Math.max(0, Math.min(segments.length - 1, index));
      seek(segments[index].start_ms / 1000, andPlay, audioFile(book.chapters[chapter]));
      mark(index);
      save();
    }
  }

  audio.addEventListener('loadedmetadata', function () {
    if (pendingSeek !== null) {
      var seconds = pendingSeek;
      pendingSeek = null;
      audio.currentTime = seconds;
    }
    if (playWhenReady) {
      playWhenReady = false;
      play();
    }
  });
  audio.addEventListener('error', function () {
    status.textContent = 'Cannot open ' + audioFile(book.chapters[chapter]) + ' (is it beside this page?)';
  });
  audio.addEventListener('ended', function () {
    if (chapter < book.chapters.length - 1) select(chapter + 1, 0, true);
  });
  ['seeked', 'timeupdate', 'pause'].forEach(function (type) { audio.addEventListener(type, update); });
  audio.addEventListener('pause', save);
  audio.addEventListener('play', function () {
    update();
    requestAnimationFrame(function follow() {   // timeupdate is too coarse for short sentences
      update();
      if (!audio.paused) requestAnimationFrame(follow);
    });
  });

  // ---- remembering the position ---------------------------------------------------------------

  var lastSaved = 0;
  function save() {
    if (chapter < 0) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(
        { chapter: book.chapters[chapter].number, t: now(), dry: dryBox.checked }));
    } catch (e) { /* storage off: the position is simply not remembered */ }
  }
  audio.addEventListener('timeupdate', function () {
    if (Date.now() - lastSaved > 2000) { lastSaved = Date.now(); save(); }
  });

  function saved() {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || 'null');
    } catch (e) {
      return null;
    }
  }

  /** `#chapter=N&t=SECONDS`, or null when the fragment names no chapter. */
  function fragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (!params.has('chapter')) return null;
    return { chapter: Number(params.get('chapter')), t: Number(params.get('t') || 0) };
  }

  function open(place, andPlay) {
    var index = book.chapters.findIndex(function (c) { return c.number === place.chapter; });
    var seconds = isFinite(place.t) && place.t > 0 ? place.t : 0;
    select(index >= 0 ? index : 0, index >= 0 ? seconds : 0, andPlay);
  }

  // ---- keys and clicks --------------------------------------------------------------------------

  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || chapter < 0) return;
    var tag = e.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'AUDIO') return;
    if (e.key === ' ' && tag !== 'BUTTON' && tag !== 'A') {
      e.preventDefault();
      if (audio.paused) seek(now(), true, audioFile(book.chapters[chapter])); else audio.pause();
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      seekSegment(marked + (e.key === 'ArrowLeft' ? -1 : 1), !audio.paused);
    }
  });
  text.addEventListener('click', function (e) {
    var span = e.target.closest('.s');
    if (span) seekSegment(Number(span.getAttribute('data-index')), true);
  });
  playButton.addEventListener('click', function () {
    if (audio.paused) seek(now(), true, audioFile(book.chapters[chapter])); else audio.pause();
  });
  document.getElementById('previous').addEventListener('click', function () { seekSegment(marked - 1, !audio.paused); });
  document.getElementById('next').addEventListener('click', function () { seekSegment(marked + 1, !audio.paused); });
  dryBox.addEventListener('change', function () {
    seek(now(), !audio.paused, audioFile(book.chapters[chapter]));
    save();
  });
  window.addEventListener('hashchange', function () {
    var place = fragment();
    if (place) open(place, !audio.paused);
  });

  // ---- start -------------------------------------------------------------------------------------

  document.title = book.title;
  document.getElementById('author').textContent = book.author || '';
  if (book.cover) {
    var cover = document.getElementById('cover');
    cover.src = fileUrl(book.cover);
    cover.hidden = false;
  }
  if (book.chapters.some(function (c) { return c.dry_file && c.dry_file !== c.file; })) {
    document.getElementById('dry-switch').hidden = false;
  }
  renderChapterList();
  var place = fragment();
  var remembered = saved();
  if (!place && remembered) dryBox.checked = !!remembered.dry;
  if (book.chapters.length > 0) open(place || remembered || { chapter: book.chapters[0].number, t: 0 }, false);
})();

/* audiojiedu 音频解读播放器 — behaviour.
 * Progressive enhancement: the HTML already plays (native <audio controls>) and shows the full
 * transcript; this script adds seeking by sentence and chapter, the spoken-sentence highlight,
 * skip and speed controls, text size, high contrast, and resuming where the listener stopped.
 * No network access, no dependencies. Several players may sit on one page.
 */
(function () {
  "use strict";

  var SKIP_SECONDS = 10;
  var SCALE_MIN = 0.875;
  var SCALE_MAX = 2;
  var SCALE_STEP = 0.125;
  var DEFAULT_VOLUME = 0.7; // below maximum, so a screen reader stays audible over the speech
  var SETTINGS_KEY = "audiojiedu:settings";
  var POSITION_PREFIX = "audiojiedu:position:";
  var SAVE_EVERY_SECONDS = 3;

  // localStorage can be missing or throw (private mode, storage disabled): never let it break playback.
  function load(key) {
    try {
      var raw = window.localStorage.getItem(key);
      return raw === null ? null : JSON.parse(raw);
    } catch (error) {
      return null;
    }
  }

  function save(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, JSON.stringify(value));
      }
    } catch (error) {
      /* storage unavailable: settings simply are not remembered */
    }
  }

  function clock(seconds) {
    var total = Math.max(0, Math.floor(seconds));
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var secs = total % 60;
    var mm = (minutes < 10 ? "0" : "") + minutes;
    var ss = (secs < 10 ? "0" : "") + secs;
    return hours ? hours + ":" + mm + ":" + ss : mm + ":" + ss;
  }

  // Index of the last entry whose start is <= t (entries sorted by start), or -1.
  function locate(entries, t) {
    var low = 0;
    var high = entries.length - 1;
    var found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (entries[middle][0] <= t + 0.001) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  function replaceWithButton(element, className) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = className;
    for (var i = 0; i < element.attributes.length; i++) {
      var attribute = element.attributes[i];
      if (attribute.name.indexOf("data-") === 0) {
        button.setAttribute(attribute.name, attribute.value);
      }
    }
    while (element.firstChild) {
      button.appendChild(element.firstChild);
    }
    element.parentNode.replaceChild(button, element);
    return button;
  }

  function Player(root) {
    this.root = root;
    this.audio = root.querySelector("[data-ajd-audio]");
    var dataNode = root.querySelector("script[data-ajd-data]");
    this.data = JSON.parse(dataNode.textContent);
    this.status = root.querySelector("[data-ajd-status]");
    this.transcriptBox = root.querySelector("[data-ajd-transcript]");
    this.currentChapterLabel = root.querySelector("[data-ajd-current-chapter]");
    this.rateSelect = root.querySelector("[data-ajd-rate]");
    this.autoscroll = root.querySelector("[data-ajd-autoscroll]");
    this.shortcuts = root.querySelector("[data-ajd-shortcuts]");
    this.playButton = root.querySelector('[data-ajd-action="play"]');
    this.contrastButton = root.querySelector('[data-ajd-action="contrast"]');
    this.cueButtons = [];
    this.chapterButtons = [];
    this.currentCue = -1;
    this.currentChapter = -1;
    this.lastSaved = 0;
    this.positionKey = POSITION_PREFIX + this.data.slug;
    this.settings = load(SETTINGS_KEY) || {};
    this.enhance();
    this.bind();
    this.applySettings();
    this.update(this.audio.currentTime || 0);
  }

  Player.prototype.enhance = function () {
    var self = this;
    this.root.classList.add("ajd-js");
    Array.prototype.forEach.call(this.root.querySelectorAll("[data-ajd-enhanced]"), function (node) {
      node.hidden = false;
    });
    Array.prototype.forEach.call(this.root.querySelectorAll("span.ajd-cue[data-ajd-cue]"), function (span) {
      var button = replaceWithButton(span, "ajd-cue");
      self.cueButtons[Number(button.getAttribute("data-ajd-cue"))] = button;
    });
    Array.prototype.forEach.call(this.root.querySelectorAll("a.ajd-chapter[data-ajd-chapter]"), function (link) {
      var button = replaceWithButton(link, "ajd-chapter");
      self.chapterButtons[Number(button.getAttribute("data-ajd-chapter"))] = button;
    });
  };

  Player.prototype.bind = function () {
    var self = this;
    var audio = this.audio;

    this.root.addEventListener("click", function (event) {
      var target = event.target.closest ? event.target.closest("button") : null;
      if (!target || !self.root.contains(target)) {
        return;
      }
      if (target.hasAttribute("data-ajd-cue")) {
        self.seek(self.data.cues[Number(target.getAttribute("data-ajd-cue"))][0]);
      } else if (target.hasAttribute("data-ajd-chapter")) {
        self.seek(self.data.chapters[Number(target.getAttribute("data-ajd-chapter"))][0]);
      } else if (target.hasAttribute("data-ajd-action")) {
        self.act(target.getAttribute("data-ajd-action"));
      }
    });

    ["timeupdate", "seeking", "seeked", "loadedmetadata"].forEach(function (name) {
      audio.addEventListener(name, function () {
        self.update(audio.currentTime);
      });
    });
    audio.addEventListener("timeupdate", function () {
      if (Math.abs(audio.currentTime - self.lastSaved) >= SAVE_EVERY_SECONDS) {
        self.savePosition();
      }
    });
    audio.addEventListener("pause", function () {
      self.savePosition();
      self.syncPlayButton();
    });
    audio.addEventListener("play", function () {
      self.syncPlayButton();
    });
    audio.addEventListener("ended", function () {
      save(self.positionKey, null);
      self.syncPlayButton();
    });
    audio.addEventListener("loadedmetadata", function () {
      self.restorePosition();
    });
    if (audio.readyState >= 1) {
      this.restorePosition();
    }
    audio.addEventListener("volumechange", function () {
      self.settings.volume = audio.volume;
      save(SETTINGS_KEY, self.settings);
    });
    audio.addEventListener("ratechange", function () {
      self.rateSelect.value = String(audio.playbackRate);
    });
    window.addEventListener("pagehide", function () {
      self.savePosition();
    });

    this.rateSelect.addEventListener("change", function () {
      var rate = Number(self.rateSelect.value);
      audio.playbackRate = rate;
      self.settings.rate = rate;
      save(SETTINGS_KEY, self.settings);
      self.announce("播放速度：" + rate + " 倍");
    });
    this.autoscroll.addEventListener("change", function () {
      self.settings.autoscroll = self.autoscroll.checked;
      save(SETTINGS_KEY, self.settings);
      self.announce(self.autoscroll.checked ? "文字稿自动滚动已开启" : "文字稿自动滚动已关闭");
      if (self.autoscroll.checked) {
        self.scrollToCue(self.currentCue);
      }
    });
    this.shortcuts.addEventListener("change", function () {
      self.settings.shortcuts = self.shortcuts.checked;
      save(SETTINGS_KEY, self.settings);
      self.announce(self.shortcuts.checked ? "快捷键已启用" : "快捷键已关闭");
    });

    // Shortcuts act only while focus is inside this player (WCAG 2.1.4) and can be switched off.
    this.root.addEventListener("keydown", function (event) {
      if (!self.shortcuts.checked || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
        return;
      }
      var tag = event.target.tagName;
      if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || tag === "AUDIO" || event.target.isContentEditable) {
        return;
      }
      var action = { k: "play", j: "back", l: "forward", p: "previous-chapter", n: "next-chapter" }[
        (event.key || "").toLowerCase()
      ];
      if (action) {
        event.preventDefault();
        self.act(action);
      }
    });
  };

  Player.prototype.act = function (action) {
    var audio = this.audio;
    switch (action) {
      case "play":
        if (audio.paused) {
          var started = audio.play();
          if (started && started.catch) {
            started.catch(function () { /* refused (no user gesture, no data): the button stays "播放" */ });
          }
        } else {
          audio.pause();
        }
        break;
      case "back":
        this.seek(Math.max(0, audio.currentTime - SKIP_SECONDS));
        break;
      case "forward":
        this.seek(Math.min(this.duration(), audio.currentTime + SKIP_SECONDS));
        break;
      case "previous-chapter":
        this.previousChapter();
        break;
      case "next-chapter":
        this.nextChapter();
        break;
      case "text-larger":
        this.setScale((this.settings.scale || 1) + SCALE_STEP, true);
        break;
      case "text-smaller":
        this.setScale((this.settings.scale || 1) - SCALE_STEP, true);
        break;
      case "contrast":
        this.setContrast(!this.settings.contrast, true);
        break;
      case "restart":
        this.seek(0);
        this.root.querySelector("[data-ajd-resume]").hidden = true;
        this.announce("已回到开头");
        break;
    }
  };

  Player.prototype.duration = function () {
    var d = this.audio.duration;
    return isFinite(d) && d > 0 ? d : this.data.duration;
  };

  Player.prototype.seek = function (seconds) {
    var t = Math.max(0, Math.min(seconds, this.duration()));
    this.audio.currentTime = t;
    this.update(t); // move the highlight now, not only when the media element has seeked
  };

  Player.prototype.previousChapter = function () {
    var chapters = this.data.chapters;
    var t = this.audio.currentTime;
    var index = locate(chapters, t);
    // Like a CD player: a few seconds into a chapter, "previous" restarts it.
    if (index > 0 && t - chapters[index][0] < 3) {
      index -= 1;
    }
    if (index >= 0) {
      this.seek(chapters[index][0]);
      this.announce("第 " + (index + 1) + " 章：" + chapters[index][2]);
    }
  };

  Player.prototype.nextChapter = function () {
    var chapters = this.data.chapters;
    var index = locate(chapters, this.audio.currentTime) + 1;
    if (index < chapters.length) {
      this.seek(chapters[index][0]);
      this.announce("第 " + (index + 1) + " 章：" + chapters[index][2]);
    } else {
      this.announce("已是最后一章");
    }
  };

  Player.prototype.update = function (t) {
    var cue = locate(this.data.cues, t);
    if (cue !== this.currentCue) {
      this.mark(this.cueButtons[this.currentCue], false);
      this.mark(this.cueButtons[cue], true);
      this.currentCue = cue;
      if (this.autoscroll.checked) {
        this.scrollToCue(cue);
      }
    }
    var chapter = locate(this.data.chapters, t);
    if (chapter !== this.currentChapter) {
      this.mark(this.chapterButtons[this.currentChapter], false);
      this.mark(this.chapterButtons[chapter], true);
      this.currentChapter = chapter;
      if (this.currentChapterLabel && chapter >= 0) {
        this.currentChapterLabel.textContent = this.data.chapters[chapter][2];
      }
    }
  };

  Player.prototype.mark = function (element, current) {
    if (!element) {
      return;
    }
    if (current) {
      element.setAttribute("aria-current", "true");
    } else {
      element.removeAttribute("aria-current");
    }
  };

  // Scroll the transcript box (never the page) so the current sentence is in view.
  Player.prototype.scrollToCue = function (index) {
    var button = this.cueButtons[index];
    var box = this.transcriptBox;
    if (!button || !box || box.scrollHeight <= box.clientHeight) {
      return;
    }
    var boxRect = box.getBoundingClientRect();
    var rect = button.getBoundingClientRect();
    if (rect.top >= boxRect.top && rect.bottom <= boxRect.bottom) {
      return;
    }
    box.scrollTop += rect.top - boxRect.top - box.clientHeight / 3;
  };

  Player.prototype.syncPlayButton = function () {
    if (this.playButton) {
      this.playButton.textContent = this.audio.paused ? "播放" : "暂停";
    }
  };

  Player.prototype.setScale = function (scale, announce) {
    scale = Math.max(SCALE_MIN, Math.min(SCALE_MAX, Math.round(scale / SCALE_STEP) * SCALE_STEP));
    this.settings.scale = scale;
    this.root.style.setProperty("--ajd-scale", String(scale));
    if (announce) {
      save(SETTINGS_KEY, this.settings);
      this.announce("文字大小：" + Math.round(scale * 100) + "%");
    }
  };

  Player.prototype.setContrast = function (on, announce) {
    this.settings.contrast = on;
    this.root.classList.toggle("ajd-contrast", on);
    this.contrastButton.setAttribute("aria-pressed", on ? "true" : "false");
    if (announce) {
      save(SETTINGS_KEY, this.settings);
      this.announce(on ? "高对比度已开启" : "高对比度已关闭");
    }
  };

  Player.prototype.applySettings = function () {
    var s = this.settings;
    this.audio.volume = typeof s.volume === "number" && s.volume >= 0 && s.volume <= 1 ? s.volume : DEFAULT_VOLUME;
    if (typeof s.rate === "number" && s.rate >= 0.5 && s.rate <= 2) {
      this.audio.playbackRate = s.rate;
      this.audio.defaultPlaybackRate = s.rate;
      this.rateSelect.value = String(s.rate);
    }
    this.setScale(typeof s.scale === "number" ? s.scale : 1, false);
    this.setContrast(s.contrast === true, false);
    this.autoscroll.checked = s.autoscroll !== false;
    this.shortcuts.checked = s.shortcuts !== false;
  };

  Player.prototype.savePosition = function () {
    var t = this.audio.currentTime;
    this.lastSaved = t;
    if (t > 0 && !this.audio.ended) {
      save(this.positionKey, { t: t });
    }
  };

  Player.prototype.restorePosition = function () {
    if (this.restored) {
      return;
    }
    this.restored = true;
    var saved = load(this.positionKey);
    var t = saved && typeof saved.t === "number" ? saved.t : 0;
    if (t > 5 && t < this.duration() - 5 && this.audio.currentTime < 1) {
      this.audio.currentTime = t;
      this.update(t);
      var notice = this.root.querySelector("[data-ajd-resume]");
      notice.querySelector("[data-ajd-resume-time]").textContent = clock(t);
      notice.hidden = false;
      this.announce("已从上次收听的位置 " + clock(t) + " 继续");
    }
  };

  // Polite announcements of state changes only; cleared first so a repeat is announced again.
  Player.prototype.announce = function (message) {
    var status = this.status;
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-ajd-player]"), function (root) {
      if (!root.ajdPlayer) {
        root.ajdPlayer = new Player(root);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

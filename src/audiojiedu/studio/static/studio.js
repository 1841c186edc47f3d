// 音频解读工作室: live progress while a release builds, and the copy button. The pages work
// without this script (the status is in the HTML; reload to see it change).
(function () {
  "use strict";

  function clock(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + " 分 " + (s < 10 ? "0" : "") + s + " 秒";
  }

  function describe(info) {
    if (info.status === "queued") return "排队中，等待开始……";
    var seg = info.segments || {done: 0, total: 0};
    if (!seg.total) return "正在读取文档、准备朗读稿……";
    var text = "已合成 " + seg.done + " / " + seg.total + " 句，音频 " + (info.audio_seconds / 60).toFixed(1) + " 分钟";
    if (info.eta_seconds !== null && info.eta_seconds !== undefined) text += "，预计还需 " + clock(info.eta_seconds);
    return text;
  }

  function watch(section) {
    var id = section.getAttribute("data-release");
    var bar = document.getElementById("progress");
    var line = document.getElementById("progress-text");
    var lastText = "";
    function poll() {
      fetch("/api/releases/" + id, {headers: {"Accept": "application/json"}, cache: "no-store"})
        .then(function (r) { return r.json(); })
        .then(function (info) {
          if (info.status !== "queued" && info.status !== "running") {
            window.location.reload();  // the finished page shows the player, or the error
            return;
          }
          if (bar) bar.value = info.progress;
          var text = describe(info);
          // Screen readers hear the status line; update it only when the words change.
          if (line && text !== lastText) { line.textContent = text; lastText = text; }
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    poll();
  }

  function copyButtons() {
    var buttons = document.querySelectorAll("button.copy");
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy"));
        var note = button.parentNode.querySelector(".copied");
        function done(ok) { if (note) note.textContent = ok ? "已复制到剪贴板" : "请按 Ctrl+C 复制已选中的代码"; }
        source.focus();
        source.select();
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(source.value).then(function () { done(true); }, function () {
            done(document.execCommand && document.execCommand("copy"));
          });
        } else {
          done(document.execCommand && document.execCommand("copy"));
        }
      });
    });
  }

  // 试听: each sentence's button plays that sentence, synthesized on demand by the server
  // (GET /api/releases/{id}/segments/{segment}/audio). One <audio> for the page; the status
  // line says what is happening for screen readers too.
  function listenButtons() {
    var audio = document.getElementById("listen-audio");
    var status = document.getElementById("listen-status");
    var buttons = document.querySelectorAll("button.listen");
    if (!audio || !status || !buttons.length) return;
    var current = null;
    function say(text) { status.textContent = text; }
    audio.addEventListener("playing", function () { if (current) say("播放中：" + current.getAttribute("data-label")); });
    audio.addEventListener("ended", function () { say("播放完毕"); current = null; });
    audio.addEventListener("error", function () {
      if (!current) return;
      var url = current.getAttribute("data-audio");
      current = null;
      fetch(url, {cache: "no-store"})
        .then(function (r) { return r.ok ? "浏览器无法播放这段音频" : r.json().then(function (d) { return d.error; }); })
        .catch(function () { return "连不上服务器"; })
        .then(function (message) { say("试听失败：" + message); });
    });
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        if (current === button && !audio.paused) {  // the same button again: stop
          audio.pause();
          current = null;
          say("已停止");
          return;
        }
        current = button;
        say("正在合成……");
        audio.src = button.getAttribute("data-audio");
        var started = audio.play();
        if (started && started.catch) {
          started.catch(function (error) {
            if (current === button && error && error.name === "NotAllowedError") say("浏览器不允许播放：" + error.message);
          });
        }
      });
    });
    var help = document.querySelector(".listen-help");
    if (help) help.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var section = document.querySelector("section.job[data-release]");
    var status = section && section.getAttribute("data-status");
    if (status === "queued" || status === "running") watch(section);
    copyButtons();
    listenButtons();
  });
})();

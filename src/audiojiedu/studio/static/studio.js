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

  document.addEventListener("DOMContentLoaded", function () {
    var section = document.querySelector("section.job[data-release]");
    var status = section && section.getAttribute("data-status");
    if (status === "queued" || status === "running") watch(section);
    copyButtons();
  });
})();

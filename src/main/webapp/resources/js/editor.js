/*
 * The resume editor's behaviour on top of plain Faces forms (every button also works without this script, as a
 * full post): buttons submit the whole form by Ajax, so typed text is kept; typing refreshes the preview after a
 * pause; leaving with unsaved changes asks first; focus stays where it was across updates. The page's content
 * security policy allows no inline script, so this file attaches everything itself.
 */
(function () {
    "use strict";

    var FORM_ID = "editor";
    var PREVIEW_ID = "preview-panel";
    var REFRESH_ID = "refreshPreview";
    var PAUSE_MS = 700;

    var dirty = false;
    var timer = null;
    var focusedId = null;

    function form() {
        return document.getElementById(FORM_ID);
    }

    function setStatus(unsaved) {
        var status = document.getElementById("editor-status");
        if (status) {
            status.textContent = unsaved ? status.getAttribute("data-unsaved-text")
                : status.getAttribute("data-saved-text");
        }
    }

    function markDirty() {
        dirty = true;
        setStatus(true);
    }

    /* Faces counts a button as pressed only when the request names a click event. */
    function send(button, render) {
        focusedId = document.activeElement && document.activeElement.id;
        faces.ajax.request(button, {type: "click"}, {execute: "@form", render: render});
    }

    /* The assistant's Cancel and "check again" buttons post only themselves and redraw only their panel, so a
       running request never disturbs what is being typed elsewhere. */
    function sendLocal(button) {
        var panel = panelOf(button);
        answerPanelId = panel;
        focusedId = document.activeElement && document.activeElement.id;
        faces.ajax.request(button, {type: "click"}, {execute: button.id, render: panel || "@form"});
    }

    var POLL_MS = 800;
    var pollTimer = null;

    /* While a request runs, its panel holds a hidden "check again" button: press it until the answer is there. */
    function schedulePoll() {
        window.clearTimeout(pollTimer);
        var poll = document.querySelector("#" + FORM_ID + " .ai-poll");
        if (poll && typeof faces !== "undefined") {
            pollTimer = window.setTimeout(function () {
                var again = document.getElementById(poll.id);
                if (again) {
                    sendLocal(again);
                }
            }, POLL_MS);
        }
    }

    /* The panel whose answer is awaited: when it arrives, focus moves to it, unless the person is busy elsewhere. */
    var answerPanelId = null;

    function panelOf(button) {
        var panel = button.closest(".ai-panel");
        return panel ? panel.id : button.getAttribute("data-panel");
    }

    function focusAnswer() {
        var panel = answerPanelId && document.getElementById(answerPanelId);
        if (!panel || panel.querySelector(".ai-poll")) {
            answerPanelId = panel ? answerPanelId : null;
            return false;
        }
        answerPanelId = null;
        var heading = panel.querySelector(".ai-focus");
        var idle = !document.activeElement || document.activeElement === document.body
            || panel.contains(document.activeElement);
        if (heading && idle) {
            heading.focus();
            return true;
        }
        return false;
    }

    function isAssistantInput(element) {
        return element.classList && element.classList.contains("ai-input");
    }

    function refreshPreview() {
        var button = document.getElementById(REFRESH_ID);
        if (button) {
            send(button, PREVIEW_ID);
        }
    }

    function schedulePreview() {
        window.clearTimeout(timer);
        timer = window.setTimeout(refreshPreview, PAUSE_MS);
    }

    /* Shows the whole document in the preview column: the frame takes the document's height and is scaled to the
       column's width (scripted style is allowed by the content security policy, inline style is not). */
    var FRAME_WIDTH = 860;

    function fitPreview() {
        var panel = document.getElementById(PREVIEW_ID);
        var frame = panel && panel.querySelector("iframe");
        if (!frame) {
            return;
        }
        var height = 1200;
        try {
            height = Math.max(height, frame.contentDocument.documentElement.scrollHeight);
        } catch (e) {
            // not loaded yet: the load listener fits it again
        }
        var scale = Math.min(1, panel.clientWidth / FRAME_WIDTH);
        frame.style.height = height + "px";
        frame.style.transform = "scale(" + scale + ")";
        panel.style.height = Math.ceil(height * scale) + "px";
    }

    function watchPreview() {
        var frame = document.querySelector("#" + PREVIEW_ID + " iframe");
        if (frame) {
            frame.addEventListener("load", fitPreview);
            fitPreview();
        }
    }

    window.addEventListener("resize", fitPreview);
    watchPreview();
    schedulePoll();

    /* While the editor is open, a small request every few minutes keeps the session (and with it the form and
       everything typed into it) from expiring under someone who is reading or thinking. */
    var KEEP_ALIVE_MS = 5 * 60 * 1000;
    window.setInterval(function () {
        var frame = document.querySelector("#" + PREVIEW_ID + " iframe");
        if (frame && window.fetch) {
            window.fetch(new URL("style.css?template=classic&accent=1f4e79&size=10&paper=a4", frame.src),
                {cache: "no-store", credentials: "same-origin"});
        }
    }, KEEP_ALIVE_MS);

    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("#" + FORM_ID + " input[type=submit]");
        if (!button || typeof faces === "undefined") {
            return;
        }
        event.preventDefault();
        if (button.id === REFRESH_ID) {
            window.clearTimeout(timer);
            send(button, PREVIEW_ID);
        } else if (button.classList.contains("ai-local")) {
            sendLocal(button);
        } else if (button.classList.contains("ai-action")) {
            answerPanelId = panelOf(button);
            send(button, "@form");
        } else {
            if (button.id !== "save") {
                markDirty();
            }
            send(button, "@form " + PREVIEW_ID);
        }
    });

    document.addEventListener("input", function (event) {
        if (form() && form().contains(event.target) && !isAssistantInput(event.target)) {
            markDirty();
            schedulePreview();
        }
    });

    document.addEventListener("change", function (event) {
        if (form() && form().contains(event.target) && !isAssistantInput(event.target)) {
            markDirty();
            if (event.target.classList.contains("refreshes-preview")) {
                window.clearTimeout(timer);
                refreshPreview();
            }
        }
    });

    window.addEventListener("beforeunload", function (event) {
        if (dirty) {
            event.preventDefault();
            event.returnValue = "";
        }
    });

    if (typeof faces !== "undefined") {
        faces.ajax.addOnEvent(function (data) {
            if (data.status !== "success") {
                return;
            }
            watchPreview();
            var status = form() && form().getAttribute("data-status");
            if (status === "SAVED") {
                dirty = false;
            } else if (status === "UNSAVED" || status === "INVALID" || status === "STALE") {
                dirty = true;
            }
            schedulePoll();
            if (focusAnswer()) {
                return;
            }
            if (data.source && data.source.id === "save") {
                var problem = form().querySelector("[aria-invalid=true]");
                if (problem) {
                    problem.focus();
                    return;
                }
            }
            if (focusedId) {
                var again = document.getElementById(focusedId);
                if (again && again !== document.activeElement && !again.disabled) {
                    again.focus();
                }
            }
        });
    }
})();

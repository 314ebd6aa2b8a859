// The worker's messages to its page. A tool page starts the worker from its head, and the
// worker boots at once, before the page script has adopted it and listens: until the page's
// init arrives, messages wait here (a message posted to nobody is lost), then go in order.
// Of the download counts, only the newest waits.

const waiting = [];
let listening = false;

export function post(message) {
  if (listening) return self.postMessage(message);
  const last = waiting[waiting.length - 1];
  if (message.type === "download" && last && last.type === "download") waiting.pop();
  waiting.push(message);
}

/** The page listens now: send what waited. */
export function listen() {
  listening = true;
  for (const message of waiting.splice(0)) self.postMessage(message);
}

// Verbatim's dev overlay, served at /.verbatim/overlay.js and loaded by every page the dev server
// sends. While the last rebuild failed, it shows that build's problems over the page (which is the
// last good build). The next good build reloads the page, and the overlay is gone with it.
// Styles are set through the DOM, which the pages' Content-Security-Policy allows.
const overlayId = 'verbatim-dev-overlay';

function show(status) {
  document.getElementById(overlayId)?.remove();
  if (!status.error) return;
  const overlay = document.createElement('div');
  overlay.id = overlayId;
  overlay.setAttribute('role', 'alert');
  Object.assign(overlay.style, {
    position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem',
    background: 'rgba(20, 20, 20, 0.97)', color: '#fff', font: '14px/1.5 ui-monospace, Menlo, Consolas, monospace',
  });
  const heading = document.createElement('p');
  heading.textContent = 'The last edit did not build. This page is the last good build; fix the file and save to recover.';
  Object.assign(heading.style, { font: 'bold 16px/1.4 system-ui, sans-serif', margin: '0 0 1rem', color: '#ffb4a8' });
  const details = document.createElement('pre');
  details.textContent = status.error;
  Object.assign(details.style, { whiteSpace: 'pre-wrap', margin: '0 0 1rem' });
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => overlay.remove());
  overlay.append(heading, details, dismiss);
  document.body.append(overlay);
}

function refresh() {
  fetch('/.verbatim/status.json', { cache: 'no-store' }).then((response) => response.json()).then(show, () => {});
}

refresh();
// The dev server tells every open page about a failed build; the page asks for the details.
const socket = new WebSocket(location.origin.replace(/^http/, 'ws'));
socket.addEventListener('message', (event) => {
  try {
    if (JSON.parse(event.data).type === 'eleventy.error') refresh();
  } catch {
    // Not a message for the overlay.
  }
});

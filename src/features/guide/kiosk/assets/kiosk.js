// The kiosk goes back to its start after a while without touch; every touch, key or scroll
// starts the wait again. Without JavaScript a meta refresh does the same, only less kindly.
(() => {
  const kiosk = document.querySelector('[data-kiosk-start]');
  if (!kiosk) return;
  const start = kiosk.getAttribute('data-kiosk-start') || '/';
  const wait = Number(kiosk.getAttribute('data-kiosk-wait')) * 1000;
  const atStart = location.pathname + location.search === start;
  let timer;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const field = document.getElementById('kiosk-q');
      if (atStart && field) field.value = '';
      if (!atStart) location.assign(start);
    }, wait);
  };
  for (const event of ['pointerdown', 'keydown', 'scroll', 'input']) addEventListener(event, restart, { passive: true });
  restart();
})();

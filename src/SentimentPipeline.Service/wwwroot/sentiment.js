// The page asks POST predict (relative, so the page works under any path prefix) with "explain": true and
// draws, for each review, the label, a bar of P(positive) and the tokens coloured by their contribution.
'use strict';

const form = document.getElementById('review-form');
const input = document.getElementById('review');
const button = document.getElementById('submit');
const errorLine = document.getElementById('error');
const results = document.getElementById('results');
const template = document.getElementById('result-template');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const texts = input.value.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  if (texts.length === 0) {
    return;
  }

  button.disabled = true;
  errorLine.hidden = true;
  try {
    const response = await fetch('predict', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ texts, explain: true }),
    });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(`${body.title ?? response.status}: ${body.detail ?? ''}`);
    }

    results.replaceChildren(...body.predictions.map(render));
  } catch (error) {
    errorLine.textContent = error.message;
    errorLine.hidden = false;
  } finally {
    button.disabled = false;
  }
});

function render(prediction) {
  const item = template.content.firstElementChild.cloneNode(true);
  const label = item.querySelector('.label');
  label.textContent = prediction.label;
  label.classList.add(prediction.label);
  item.querySelector('.probability').textContent = `P(positive) = ${prediction.positive.toFixed(3)}`;
  item.querySelector('.bar').setAttribute('aria-label', `positive ${(prediction.positive * 100).toFixed(1)}%`);
  item.querySelector('.bar-positive').style.width = `${(prediction.positive * 100).toFixed(1)}%`;
  const largest = Math.max(1e-6, ...prediction.tokens.map((t) => Math.abs(t.contribution)));
  item.querySelector('.tokens').replaceChildren(...prediction.tokens.map((token) => {
    const span = document.createElement('span');
    span.className = 'token';
    span.textContent = token.token;
    span.title = `contribution ${token.contribution >= 0 ? '+' : ''}${token.contribution.toFixed(3)}`;
    span.dataset.contribution = token.contribution;
    const strength = (0.75 * Math.abs(token.contribution)) / largest;
    span.style.backgroundColor = token.contribution >= 0 ? `rgba(56, 142, 60, ${strength})` : `rgba(211, 47, 47, ${strength})`;
    return span;
  }));
  return item;
}

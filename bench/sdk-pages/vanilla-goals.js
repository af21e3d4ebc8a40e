// The floor for first paint: a plain custom element that fetches the same pull response the
// SDK syncs from and renders one row per goal with DOM APIs. No framework, no store, no
// validation, nothing kept for next time.
const params = new URLSearchParams(location.search);

customElements.define(
  'vanilla-goals',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }

    async connectedCallback() {
      const response = await fetch(`/v1/sync/pull?clientId=${crypto.randomUUID()}`, { headers: { authorization: `Bearer ${params.get('token')}` } });
      const { changes } = await response.json();
      const list = document.createElement('ul');
      for (const goal of changes.goals.upserts.slice(0, Number(params.get('rows')))) {
        const item = document.createElement('li');
        item.textContent = goal.title;
        list.append(item);
      }
      this.shadowRoot.append(list);
    }
  },
);

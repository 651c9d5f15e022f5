/** A tiny DOM builder: no framework, no innerHTML (text is always set as text). */
type Child = Node | string | number | null | undefined | false;
type Children = Child | readonly Children[];
type Attrs = Readonly<Record<string, string | number | boolean | null | undefined | EventListener>>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") {
      el.addEventListener(key.replace(/^on/, "").toLowerCase(), value);
    } else if (key === "className") {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: readonly Children[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c as readonly Children[]);
    else if (c instanceof Node) el.appendChild(c);
    else if (c !== null && c !== undefined && c !== false) el.appendChild(document.createTextNode(String(c)));
  }
}

/** Replaces the element's children. */
export function fill(el: Element, ...children: Children[]): void {
  el.replaceChildren();
  append(el, children);
}

/** The element with this id, which index.html or the page built. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} is missing`);
  return el as T;
}

let counter = 0;
/** A fresh id for label/aria wiring. */
export function uid(prefix: string): string {
  counter++;
  return `${prefix}-${counter}`;
}

/** A labelled control: a `<div class="field">` with the label above the control. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLDivElement {
  if (control.id === "") control.id = uid("f");
  const hintEl = hint === undefined ? null : h("p", { className: "hint", id: `${control.id}-hint` }, hint);
  if (hintEl !== null) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { className: "field" }, h("label", { for: control.id }, label), control, hintEl);
}

/** A checkbox with its label after it. */
export function checkbox(label: string, input: HTMLInputElement): HTMLDivElement {
  if (input.id === "") input.id = uid("c");
  input.type = "checkbox";
  return h("div", { className: "field check" }, input, h("label", { for: input.id }, label));
}

export function option(value: string, label: string, selected = false): HTMLOptionElement {
  const o = h("option", { value }, label);
  o.selected = selected;
  return o;
}

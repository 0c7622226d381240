type Child = Node | string | null | false;

/**
 * A small element builder: attributes are set as attributes (never as HTML), children as nodes or text, so
 * nothing the API sends is ever parsed as markup.
 */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === false) continue;
    element.append(child);
  }
  return element;
};

/*
 * The quiet line left where something of theirs was hidden, when the user chose to have one
 * ("Hidden: something from Sam", off by default). Its words are in a closed shadow root, so the
 * site's scripts cannot read who it names: the page holds one bare <div> more, nothing else.
 * Styled through the style objects (a site's content security policy may refuse a <style>), in
 * a grey that reads on light and dark pages. Its "Show" goes through the pause (`show`).
 */
export function placeholder(document: Document, text: string, showLabel: string, show: () => void): Element {
  const host = document.createElement('div');
  const line = document.createElement('p');
  line.style.cssText = 'margin:4px 0;padding:6px 10px;border-radius:6px;font:13px/1.4 system-ui,sans-serif;color:#777;background:rgba(127,127,127,.12)';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = showLabel;
  button.style.cssText = 'margin-left:8px;font:inherit;color:inherit;background:none;border-width:1px;border-style:solid;border-color:currentColor;border-radius:4px;padding:0 6px;cursor:pointer';
  button.addEventListener('click', show);
  line.append(text, button);
  host.attachShadow({ mode: 'closed' }).append(line);
  // A click on it is the user's with Letting Go, not the site's.
  host.addEventListener('click', (event) => event.stopPropagation());
  return host;
}

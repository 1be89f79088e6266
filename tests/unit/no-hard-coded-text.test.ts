import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Every word the interface shows comes from the messages (components/i18n.ts's `t`), so a new
 * language is only a new locales/*.yml. This reads the interface's source and lists any text
 * written straight into it: words between tags, words in the attributes people hear or see
 * (aria-label, placeholder, title…), words a tag shows from an expression, and anything else
 * that reads like a sentence. Symbols without letters ("·", "✓", "–") may stay.
 */

// The navigation guard shows nothing: it only hides a page and moves it to the pause page.
const SCANNED = ['platform', 'components', 'entrypoints'];
const SKIPPED = [join('entrypoints', 'guard')];
const SEEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt', 'label']);
// Text inside these tags is not language: an address typed as it is (<code>about:addons</code>).
const VERBATIM_TAGS = new Set(['code']);

const LETTER = /\p{L}/u;
const SENTENCE = /\p{L}+\s+\p{L}+/u;

function sourceFiles(dir: string): string[] {
  if (SKIPPED.includes(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const tagName = (node: ts.JsxElement) => node.openingElement.tagName.getText();

/**
 * Whether the literal is what an expression gives to show, climbing from it to `top` only
 * through the parts that pass a value on: a branch of `?:`, either side of `||`/`??`, the right
 * of `&&`, parentheses, template literals. A literal compared (`kind === 'idle'`), passed to a
 * call (`t('key')`, `.join(' · ')`) or used as a key is not shown.
 */
function isShown(node: ts.Node, top: ts.Node): boolean {
  for (let child = node, parent = node.parent; child !== top; child = parent, parent = parent.parent) {
    if (ts.isParenthesizedExpression(parent) || ts.isTemplateExpression(parent) || ts.isTemplateSpan(parent) || ts.isJsxExpression(parent) || parent === top) continue;
    if (ts.isConditionalExpression(parent) && child !== parent.condition) continue;
    if (ts.isBinaryExpression(parent)) {
      const operator = parent.operatorToken.kind;
      if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) continue;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) continue;
    }
    return false;
  }
  return true;
}

/** The closest enclosing JSX attribute or child expression, if any. */
function jsxContext(node: ts.Node): ts.JsxAttribute | ts.JsxExpression | undefined {
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if (ts.isJsxAttribute(current)) return current;
    if (ts.isJsxExpression(current) && !ts.isJsxAttribute(current.parent)) return current;
    if (ts.isFunctionLike(current) || ts.isJsxElement(current) || ts.isJsxSelfClosingElement(current)) return undefined;
  }
  return undefined;
}

/** A developer's message (`new Error('…')`, console), never shown as interface text. */
function isDeveloperText(node: ts.Node): boolean {
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if (ts.isNewExpression(current) && current.expression.getText() === 'Error') return true;
    if (ts.isCallExpression(current) && current.expression.getText().startsWith('console.')) return true;
    if (ts.isStatement(current)) return false;
  }
  return false;
}

function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text.trim())}`);

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const parent = node.parent;
      if (LETTER.test(node.text) && !(ts.isJsxElement(parent) && VERBATIM_TAGS.has(tagName(parent)))) report(node, node.text);
    } else if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const text = node.text;
      const context = jsxContext(node);
      if (context !== undefined && ts.isJsxAttribute(context)) {
        // Only the attributes people read or hear carry language; class names and ids do not.
        if (SEEN_ATTRIBUTES.has(context.name.getText()) && LETTER.test(text) && isShown(node, context)) report(node, text);
      } else if (context !== undefined) {
        // A word a tag shows straight from an expression: {done ? 'Done' : …}.
        if (LETTER.test(text) && isShown(node, context)) report(node, text);
      } else if (SENTENCE.test(text) && !isDeveloperText(node)) {
        report(node, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the interface', () => {
  it('shows no text written into its code: every word comes from the messages', () => {
    expect(SCANNED.flatMap(sourceFiles).flatMap(hardCodedText)).toEqual([]);
  });

  it('is what this check reads (it would see text if there were some)', () => {
    const sample = join('tests', 'unit', 'fixtures', 'hard-coded.tsx');
    expect(hardCodedText(sample)).toEqual([
      `${sample}:5: "Hello there"`,
      `${sample}:6: "Close the window"`,
      `${sample}:7: "Done"`,
      `${sample}:8: "Your name"`,
      `${sample}:11: "Something went wrong, sorry."`,
    ]);
  });
});

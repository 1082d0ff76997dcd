// What the web apps' message tests share: the placeholders of a message, and the text written
// between JSX tags (which belongs in the message files), as the TypeScript compiler parses a file.
import ts from "typescript";

export const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The text between JSX tags that has letters in it. */
export function jsxText(file: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(node.text.trim());
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX));
  return found;
}

// The bundled program's text in ASCII alone (used by scripts/build-cli.js). esbuild escapes strings but
// leaves regular expressions as written, with their Chinese words; a program text with any character
// beyond ASCII is kept by V8 in two bytes a character (3.2 MB instead of 1.6 MB here) and decoded more
// slowly at every start. Each such character becomes its \u escape, which means the same character in a
// string, a template, a regular expression (a pair of escapes for a character beyond the first 65,536,
// which a `u` expression reads as one) and a name. A backslash before such a character would make the
// escape read otherwise, so it is refused rather than guessed at.
'use strict';

function asciiSource(text) {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    let slashes = 0;
    while (i - 1 - slashes >= 0 && text.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 1) {
      const line = text.slice(0, i).split('\n').length;
      throw new Error(`line ${line}: a backslash before a character beyond ASCII cannot be escaped safely`);
    }
    out += text.slice(from, i) + `\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

module.exports = { asciiSource };

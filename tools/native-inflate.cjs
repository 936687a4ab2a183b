// tiny-inflate's function (raw DEFLATE into a buffer of the known size) done by Node's zlib, for
// the bundle only (tools/bundle.mjs aliases tiny-inflate here). fontkit, unicode-properties and
// linebreak each inflate a Unicode table as they load, in JavaScript: ~28 ms of every command
// that writes a PDF (profiled), ~3 ms natively.
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (out.length > dest.length) throw new Error('Data error');
  dest.set(out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};

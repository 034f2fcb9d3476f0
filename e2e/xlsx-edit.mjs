// editXlsx rewrites one part of an .xlsx (a zip) and keeps every other
// byte of it: the browser tests make an "edited in Excel" version of a seed
// workbook with one cell changed, without a spreadsheet library that would
// rewrite (and perhaps re-shape) the whole workbook.
import zlib from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

// editXlsx(bytes, part, edit) → new bytes: part (e.g. 'xl/worksheets/sheet10.xml')
// is replaced by edit(its text). Entries are written with their sizes in
// the local headers (no data descriptors), stored or deflated as they were.
export function editXlsx(bytes, part, edit) {
  const buf = Buffer.from(bytes);
  let { count, at: p, eocd } = centralDirectory(buf);
  const body = [];
  const central = [];
  let offset = 0;
  let found = false;
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error('bad central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const cd = Buffer.from(buf.subarray(p, p + 46 + nameLen + extraLen + commentLen));
    const at = cd.readUInt32LE(42);
    const local = Buffer.from(buf.subarray(at, at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28)));
    const start = at + local.length;
    let data = buf.subarray(start, start + cd.readUInt32LE(20));
    let crc = cd.readUInt32LE(16);
    let size = cd.readUInt32LE(24);
    const method = cd.readUInt16LE(10);
    if (name === part) {
      found = true;
      const text = (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
      const edited = Buffer.from(edit(text), 'utf8');
      if (edited.equals(Buffer.from(text, 'utf8'))) throw new Error('the edit changed nothing in ' + part);
      data = method === 8 ? zlib.deflateRawSync(edited) : edited;
      crc = zlib.crc32(edited);
      size = edited.length;
    }
    for (const h of [local, cd]) h.writeUInt16LE(h.readUInt16LE(h === local ? 6 : 8) & ~0x8, h === local ? 6 : 8); // no data descriptor
    for (const [h, o] of [[local, 14], [cd, 16]]) {
      h.writeUInt32LE(crc >>> 0, o);
      h.writeUInt32LE(data.length, o + 4);
      h.writeUInt32LE(size, o + 8);
    }
    cd.writeUInt32LE(offset, 42);
    body.push(local, data);
    offset += local.length + data.length;
    central.push(cd);
    p += cd.length;
  }
  if (!found) throw new Error('no part ' + part);
  const cdBytes = Buffer.concat(central);
  const end = Buffer.from(buf.subarray(eocd, eocd + 22));
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...body, cdBytes, end]);
}

// setCell sets a numeric cell written as <c r="X"><v>n</v></c> in a sheet's XML.
export function setCell(xml, cell, from, to) {
  const was = `<c r="${cell}"><v>${from}</v></c>`;
  if (!xml.includes(was)) throw new Error(`${cell} is not ${from}`);
  return xml.replace(was, `<c r="${cell}"><v>${to}</v></c>`);
}

// readZipPart(bytes, part) → the text of one part of a zip (an .xlsx or a
// .docx), or null when the zip has no such part.
export function readZipPart(bytes, part) {
  const buf = Buffer.from(bytes);
  let { count, at: p } = centralDirectory(buf);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error('bad central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (name === part) {
      const at = buf.readUInt32LE(p + 42);
      const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
      const data = buf.subarray(start, start + buf.readUInt32LE(p + 20));
      return (buf.readUInt16LE(p + 10) === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return null;
}

// centralDirectory finds a zip's end record (eocd): how many entries its
// central directory lists and where the directory starts.
function centralDirectory(buf) {
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === EOCD) return { count: buf.readUInt16LE(i + 10), at: buf.readUInt32LE(i + 16), eocd: i };
  }
  throw new Error('not a zip');
}

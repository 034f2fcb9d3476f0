// The baseline a web developer would pick: SheetJS merely reading the file.
window.sheetjsRead = async (url, runs) => {
  const buf = await (await fetch(url)).arrayBuffer();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const wb = XLSX.read(new Uint8Array(buf), { type: 'array', dense: true });
    for (const name of wb.SheetNames) XLSX.utils.sheet_to_json(wb.Sheets[name], { header: 1, raw: true });
    times.push(performance.now() - t0);
  }
  return times;
};

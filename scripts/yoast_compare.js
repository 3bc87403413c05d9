// Word count and keyphrase density of Yoast SEO's French analysis, for comparison with Plume.
const fs = require("fs");
const { Paper } = require("yoastseo");
const Researcher = require("yoastseo/build/languageProcessing/languages/fr/Researcher").default;
const { build } = require("yoastseo/build/parse/build");
const LanguageProcessor = require("yoastseo/build/parse/language/LanguageProcessor").default;
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const out = {};
for (const [name, { html, keyphrase }] of Object.entries(input)) {
  const paper = new Paper(html, { keyword: keyphrase, locale: "fr_FR" });
  const researcher = new Researcher(paper);
  paper.setTree(build(paper, new LanguageProcessor(researcher)));
  const words = researcher.getResearch("wordCountInText").count;
  const density = researcher.getResearch("getKeyphraseDensity");
  const count = researcher.getResearch("getKeyphraseCount");
  out[name] = { words, densityWords: density.textLength, density: density.density, count: count.count };
}
console.log(JSON.stringify(out));

// What the Snowball stemmers of nlp.js (@nlpjs/lang-de/src/stemmer-de.js,
// @nlpjs/lang-ru/src/stemmer-ru.js) take from `require('@nlpjs/core')`: the command line's
// bundles resolve that require here (see stemmerPlugin in build.mjs), so that a process which
// stems words loads these two modules of @nlpjs/core and the few they need, not the package's
// index with all of its modules.
module.exports = {
  Among: require('@nlpjs/core/src/among'),
  BaseStemmer: require('@nlpjs/core/src/base-stemmer'),
};

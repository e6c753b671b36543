/** Reading and writing JSON for articles and results (jackson-core's streaming API, no data binding). Internal. */
package io.github.lede.json;

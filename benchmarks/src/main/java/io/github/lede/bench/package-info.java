/** JMH benchmarks of lede against raw Lucene and of each extractor on one core; see benchmarks/README.md. */
package io.github.lede.bench;

/**
 * lede's queries in a form any engine can run: a small tree of plain records that lede's own parser and
 * analysis produce ({@link io.github.lede.query.LedeQueries}), with the leaves already analysed, so a store
 * that runs each node as written scores and matches as the embedded index does. Also the hit building both
 * stores share. Exported to the OpenSearch module only.
 */
package io.github.lede.query;

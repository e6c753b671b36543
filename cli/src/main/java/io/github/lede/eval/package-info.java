/**
 * Evaluation against public benchmarks ({@code lede eval}): readers of CoNLL, brat (PolNeAR), TimeML and the
 * HTML extraction benchmarks, the scores, and the per-rule tables ({@code RuleTable}) that show how often each
 * extraction rule fired and was right. Part of the CLI.
 */
package io.github.lede.eval;

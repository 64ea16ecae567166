#!/usr/bin/env python3
"""Share of CPU samples per stage of indexing or search, from `perf script` output (see bench/profile.sh).

Each sample is given to the first stage whose pattern matches a frame of its call stack, leaf first,
so that work done inside another stage (the analysis chain inside inversion) is counted where it runs.
"""
import collections
import sys

STAGES = [
 ('stored fields (LZ4 compression, writing)', ['CompressingStoredFieldsWriter']),
 ('search: fuzzy term expansion (Levenshtein automata)', ['FuzzyTermsEnum','FuzzyQuery','Automaton']),
 ('search: highlighting', ['Highlight']),
 ('search: scoring and collecting', ['Scorer','Collector','IndexSearcher::Search']),
 ('search: reading stored fields', ['StoredFieldsReader','IndexSearcher::Doc']),
 ('drafting (triage, locating, composing)', ['KnowledgeBot.Core.Drafting','KnowledgeBot.Core.Triage','KnowledgeBot.Core.Committees']),
 ('segment flush (postings, norms, compound files)', ['DocumentsWriterPerThread::Flush','DocumentsWriter::DoFlush','CompoundFile']),
 ('segment merges', ['IndexWriter::Merge','MergeScheduler','SegmentMerger','MergeThread']),
 ('analysis chain (tokenizer, elision, folding, stop words, stemming)', ['Lucene.Net.Analysis']),
 ('inversion (term hash, postings in RAM)', ['DocumentsWriterPerThread::UpdateDocument','DocInverter','TermsHash','BytesRefHash','FreqProx','DocFieldProcessor']),
 ('building Lucene documents (fields)', ['PassageDocuments']),
 ('passage chunking', ['PassageChunker']),
 ('content hash', ['ContentHash']),
 ('fiche JSON parsing (FicheSource)', ['System.Text.Json','DilaPublicationReader','FicheSource']),
 ('HTML extraction (site pages)', ['HtmlAgilityPack','HtmlPageExtractor']),
 ('synthetic text generation (bench)', ['SyntheticDocuments','MarkovTextModel::SectionText','MarkovTextModel::Sentence','MarkovTextModel::Title']),
 ('text model training (bench, before the clock)', ['MarkovTextModel::Train']),
 ('JIT compilation', ['libclrjit']),
 ('garbage collection', ['WKS::gc','SVR::gc','GCHeap','gc_heap','GarbageCollect','memset']),
]
tot=collections.Counter(); n=0
stack=[]
def flush():
    global n
    if not stack: return
    n+=1
    cat='other (runtime, kernel, I/O)'
    for fr in stack:  # leaf first
        hit=None
        for c,subs in STAGES:
            if any(s in fr for s in subs): hit=c; break
        if hit: cat=hit; break
    tot[cat]+=1
for line in open(sys.argv[1], errors='replace'):
    if not line.strip():
        flush(); stack=[]; continue
    if line.startswith((' ','\t')): stack.append(line.strip())
flush()
print(f'{n} CPU samples ({n / 499:.1f} CPU s at 499 Hz)')
print('| stage | share of CPU |')
print('| --- | --- |')
for c,v in tot.most_common(): print(f'| {c} | {v/n*100:.1f}% |')

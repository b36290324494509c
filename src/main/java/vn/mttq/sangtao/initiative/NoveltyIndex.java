package vn.mttq.sangtao.initiative;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.mttq.sangtao.shared.Folding;

/**
 * A Lucene index of every initiative's text, folded so that diacritics do not matter ("Ứng dụng Zalo trong tuyên
 * truyền" meets "ung dung zalo tuyen truyen"). Lucene's MoreLikeThis finds the candidates; each is then given a
 * similarity from 0 to 1 (the cosine of the two texts' folded word counts), which staff read as a percentage.
 * Held in memory and rebuilt from the table at start; it keeps ids only.
 */
final class NoveltyIndex implements AutoCloseable {

  private static final String ID = "id";
  private static final String TEXT = "text";

  private final Analyzer analyzer = new FoldingAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  NoveltyIndex() {
    try {
      writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds or replaces an initiative's text; {@link #refresh()} makes it searchable. */
  void put(long id, String text) {
    Document document = new Document();
    document.add(new StringField(ID, Long.toString(id), Field.Store.YES));
    document.add(new TextField(TEXT, text, Field.Store.NO));
    try {
      writer.updateDocument(new Term(ID, Long.toString(id)), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return writer.getDocStats().numDocs;
  }

  /** The ids of the initiatives whose text is most like {@code text}, best first, leaving out {@code exceptId}. */
  List<Long> candidates(String text, Long exceptId, int limit) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(40);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
            .add(mlt.like(TEXT, new StringReader(text)), BooleanClause.Occur.SHOULD);
        if (exceptId != null) {
          query.add(new TermQuery(new Term(ID, exceptId.toString())), BooleanClause.Occur.MUST_NOT);
        }
        Query built = query.build();
        List<Long> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(built, limit).scoreDocs) {
          ids.add(Long.valueOf(searcher.storedFields().document(hit.doc).get(ID)));
        }
        return ids;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cosine of two texts' folded word counts: 1 for the same words, 0 for none in common. */
  double similarity(String a, String b) {
    Map<String, Integer> x = words(a);
    Map<String, Integer> y = words(b);
    double dot = 0;
    for (Map.Entry<String, Integer> word : x.entrySet()) {
      dot += word.getValue() * (double) y.getOrDefault(word.getKey(), 0);
    }
    double norms = Math.sqrt(squares(x)) * Math.sqrt(squares(y));
    return norms == 0 ? 0 : dot / norms;
  }

  private static double squares(Map<String, Integer> counts) {
    return counts.values().stream().mapToDouble(c -> (double) c * c).sum();
  }

  /** The folded words of a text and how often each occurs. */
  Map<String, Integer> words(String text) {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
  }

  /** Words, lower case, without diacritics (đ → d). */
  private static final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}

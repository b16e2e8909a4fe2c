package org.activationworkbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetReaderTest {

    @TempDir
    Path dir;

    private final DatasetRegistry registry = new DatasetRegistry();
    /** These files are a handful of rows: too few for a test split, which is not what they test. */
    private static final DataOptions NO_TEST_SPLIT = DataOptions.defaults().withTestRatio(0);

    // ---- what loads as-is -------------------------------------------------------------------------------

    @Test
    void plainFileTargetLastTextTargetIsClassification() throws IOException {
        Dataset d = load("a,b,label\n1,2,yes\n3,4,no\n5,6,yes\n7,8,no\n9,10,yes\n", DataOptions.defaults());
        assertEquals("data.csv", d.name());
        assertEquals(Task.CLASSIFICATION, d.task());
        assertEquals(List.of("no", "yes"), d.classNames());
        assertEquals(List.of("a", "b"), d.featureNames());
        assertEquals(5, d.train().rows() + d.test().rows());
        assertEquals(64, d.checksum().length());
    }

    @Test
    void smallIntegerTargetIsClassificationAndRealTargetIsRegression() throws IOException {
        Dataset c = load("x,y\n1,0\n2,1\n3,2\n4,0\n5,1\n", NO_TEST_SPLIT);
        assertEquals(Task.CLASSIFICATION, c.task());
        assertEquals(List.of("0", "1", "2"), c.classNames());
        Dataset r = load("x,y\n1,0.5\n2,1.5\n3,2\n4,0\n5,1\n", NO_TEST_SPLIT);
        assertEquals(Task.REGRESSION, r.task());
        assertEquals(1, r.outputs());
        StringBuilder many = new StringBuilder("x,y\n");
        for (int i = 0; i < 30; i++) many.append(i).append(',').append(i * 3).append('\n');
        assertEquals(Task.REGRESSION, load(many.toString(), NO_TEST_SPLIT).task());
    }

    @Test
    void taskOverride() throws IOException {
        Dataset d = load("x,y\n1,0\n2,1\n3,2\n4,0\n5,1\n", DataOptions.defaults().withTask(Task.REGRESSION));
        assertEquals(Task.REGRESSION, d.task());
        Dataset c = load("x,y\n1,0.5\n2,1.5\n3,0.5\n4,1.5\n5,0.5\n", DataOptions.defaults().withTask(Task.CLASSIFICATION));
        assertEquals(List.of("0.5", "1.5"), c.classNames());
    }

    @Test
    void targetOptionAndIgnore() throws IOException {
        Dataset d = load("y,a,b,id\n0,1,2,x1\n1,3,4,x2\n0,5,6,x3\n1,7,8,x4\n0,9,9,x5\n",
                DataOptions.defaults().withTarget("y").withIgnore(List.of("id")));
        assertEquals(List.of("a", "b"), d.featureNames());
        assertEquals(List.of("0", "1"), d.classNames());
    }

    @Test
    void textFeaturesAreOneHotEncoded() throws IOException {
        Dataset d = load("colour,size,price\nred,1,10\nblue,2,20\nred,3,30\ngreen,4,40\nblue,5,50\n",
                DataOptions.defaults().withTestRatio(0));
        assertEquals(List.of("colour=blue", "colour=green", "colour=red", "size"), d.featureNames());
        assertEquals(4, d.inputs());
        // each row has exactly one colour set: the raw one-hot columns sum to 1
        Standardisation s = d.standardisation();
        for (int r = 0; r < d.train().rows(); r++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) sum += d.train().x()[r * 4 + j] * s.std()[j] + s.mean()[j];
            assertEquals(1.0, sum, 1e-5);
        }
    }

    @Test
    void bomCrlfAndTrailingEmptyLine() throws IOException {
        Dataset plain = load("a,b,c\n1,2,p\n3,4,q\n5,6,p\n7,8,q\n", NO_TEST_SPLIT);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "a,b,c\r\n1,2,p\r\n3,4,q\r\n5,6,p\r\n7,8,q\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Path f = dir.resolve("bom.csv");
        Files.write(f, all);
        Dataset d = registry.load(f.toString(), NO_TEST_SPLIT);
        assertEquals(List.of("a", "b"), d.featureNames());
        assertEquals(List.of("p", "q"), d.classNames());
        assertArrayEquals(plain.train().x(), d.train().x());
    }

    @Test
    void quotedFieldsWithSeparatorsAndDoubledQuotes() throws IOException {
        Dataset d = load("\"name, full\",x,kind\n\"Smith, \"\"J\"\"\",1,\"a,b\"\n\"Doe\",2,c\n\"Roe, R\",3,\"a,b\"\n"
                + "\"multi\nline\",4,c\n", DataOptions.defaults().withIgnore(List.of("name, full")).withTestRatio(0));
        assertEquals(List.of("x"), d.featureNames());
        assertEquals(List.of("a,b", "c"), d.classNames());
        assertEquals(4, d.train().rows());
    }

    @Test
    void quotedTextLevelKeepsDoubledQuote() throws IOException {
        Dataset d = load("t,x,y\n\"say \"\"hi\"\"\",1,0\nplain,2,1\nplain,3,0\n\"say \"\"hi\"\"\",4,1\n",
                NO_TEST_SPLIT);
        assertEquals(List.of("t=plain", "t=say \"hi\"", "x"), d.featureNames());
    }

    @Test
    void semicolonAndTabSeparators() throws IOException {
        Dataset semi = load("a;b;c\n1,5;2;x\n3,5;4;y\n5;6;x\n7;8;y\n", NO_TEST_SPLIT);
        // decimal commas are not numbers: column a is text here, so the ';' split is what is tested
        assertEquals(List.of("a=1,5", "a=3,5", "a=5", "a=7", "b"), semi.featureNames());
        Dataset tab = load("a\tb\tc\n1\t2\tx\n3\t4\ty\n5\t6\tx\n7\t8\ty\n", NO_TEST_SPLIT);
        assertEquals(List.of("a", "b"), tab.featureNames());
    }

    @Test
    void dropMissingCountsDroppedRows() throws IOException {
        Dataset d = load("a,b,c\n1,2,x\n,4,y\n5,6,x\n7,NA,y\n9,10,x\n11,12,y\n", DataOptions.defaults().withDropMissing(true));
        assertEquals(4, d.train().rows() + d.test().rows());
        assertTrue(d.description().endsWith("; dropped 2 rows with missing values"), d.description());
    }

    // ---- what is refused, and where ---------------------------------------------------------------------

    @Test
    void emptyFile() throws IOException {
        assertEquals("data.csv is empty; a CSV file needs a header line and at least one data row", error(""));
        assertEquals("data.csv is empty; a CSV file needs a header line and at least one data row", error("\n\r\n  \n"));
    }

    @Test
    void headerWithoutRows() throws IOException {
        assertEquals("data.csv line 1: the header has no data rows below it; add rows to the file", error("a,b,c\n\n"));
    }

    @Test
    void tooFewAndTooManyFields() throws IOException {
        String few = error("a,b,c\n1,2,x\n3,4,y\n5,6\n");
        assertTrue(few.startsWith("data.csv line 4: expected 3 fields, found 2;"), few);
        String many = error("a,b,c\n1,2,x\n3,4,y,extra\n5,6,x\n");
        assertTrue(many.startsWith("data.csv line 3: expected 3 fields, found 4;"), many);
    }

    @Test
    void lineNumbersCountBlankLinesAndMultiLineFields() throws IOException {
        String m = error("a,b,c\n\"two\nlines\",2,x\n\n1,2,x\n3,4\n");
        assertTrue(m.startsWith("data.csv line 6: expected 3 fields, found 2"), m);
    }

    @Test
    void textInNumericColumn() throws IOException {
        assertEquals("data.csv line 4, column 2 ('age'): 'abc' is not a number; fix the value or pass --ignore age",
                error("id,age,y\n1,30,a\n2,31,b\n3,abc,a\n4,33,b\n"));
    }

    @Test
    void textInNumericTarget() throws IOException {
        String m = error("x,y\n1,0.5\n2,1.5\n3,oops\n4,2.5\n");
        assertEquals("data.csv line 4, column 2 ('y'): 'oops' is not a number; fix the value or choose another"
                + " target with --target NAME", m);
    }

    @Test
    void missingValue() throws IOException {
        assertEquals("data.csv line 3, column 1 ('a'): missing value; fill it in, or pass --drop-missing to skip"
                + " rows with missing values", error("a,b,c\n1,2,x\n,4,y\n5,6,x\n"));
        String na = error("a,b,c\n1,2,x\n3,4,y\n5,NA,x\n");
        assertTrue(na.startsWith("data.csv line 4, column 2 ('b'): missing value ('NA');"), na);
    }

    @Test
    void singleClassTarget() throws IOException {
        assertEquals("data.csv, column 3 ('c'): the target has a single class ('x'); a classifier needs at least two,"
                + " so choose another target with --target NAME", error("a,b,c\n1,2,x\n3,4,x\n5,6,x\n"));
    }

    @Test
    void regressionOnATextTarget() throws IOException {
        DatasetException e = assertThrows(DatasetException.class,
                () -> load("a,b\n1,x\n2,y\n", DataOptions.defaults().withTask(Task.REGRESSION)));
        assertEquals("data.csv line 2, column 2 ('b'): the target holds text ('x'); regression needs numbers,"
                + " so drop --task regression or choose another --target", e.getMessage());
    }

    @Test
    void tooManyTextLevels() throws IOException {
        StringBuilder s = new StringBuilder("city,x,y\n");
        for (int i = 0; i < 60; i++) s.append("town").append(i).append(',').append(i).append(',').append(i % 2).append('\n');
        assertEquals("data.csv, column 1 ('city'): 60 different text values, more than the 50 that are one-hot"
                + " encoded; pass --ignore city or turn the column into numbers", error(s.toString()));
    }

    @Test
    void binaryFile() throws IOException {
        Path f = dir.resolve("data.csv");
        Files.write(f, new byte[] {'a', ',', 'b', '\n', 1, 0, 2, '\n'});
        DatasetException e = assertThrows(DatasetException.class, () -> registry.load(f.toString(), DataOptions.defaults()));
        assertEquals("data.csv is not a text file (NUL byte at offset 5, line 2); give a UTF-8 CSV file"
                + " (if it is UTF-16, save it as UTF-8)", e.getMessage());
    }

    @Test
    void nonUtf8File() throws IOException {
        Path f = dir.resolve("data.csv");
        // "café" in Latin-1: the é is the single byte 0xE9
        Files.write(f, "a,b\n1,x\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        DatasetException e = assertThrows(DatasetException.class, () -> registry.load(f.toString(), DataOptions.defaults()));
        assertEquals("data.csv line 3: byte 0xE9 at offset 13 is not valid UTF-8; save the file with UTF-8 encoding",
                e.getMessage());
    }

    @Test
    void unclosedQuote() throws IOException {
        String m = error("a,b,c\n1,2,x\n3,\"4,y\n5,6,x\n");
        assertTrue(m.startsWith("data.csv line 3: a quoted field is never closed"), m);
    }

    @Test
    void fileOverOneGigabyteIsRefusedBySize() throws IOException {
        Path f = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(CsvDatasetReader.MAX_BYTES + 1); // sparse: no gigabyte is written or read
        }
        DatasetException e = assertThrows(DatasetException.class, () -> registry.load(f.toString(), DataOptions.defaults()));
        assertEquals("huge.csv is 1.0 GB; files over 1 GB are refused; use a sample of the rows", e.getMessage());
    }

    @Test
    void unknownTargetOrIgnoreColumn() throws IOException {
        DatasetException e = assertThrows(DatasetException.class,
                () -> load("a,b,c\n1,2,x\n", DataOptions.defaults().withTarget("z")));
        assertEquals("data.csv: no column named 'z' for --target; the columns are a, b, c", e.getMessage());
        DatasetException i = assertThrows(DatasetException.class,
                () -> load("a,b,c\n1,2,x\n", DataOptions.defaults().withIgnore(List.of("q"))));
        assertEquals("data.csv: no column named 'q' for --ignore; the columns are a, b, c", i.getMessage());
    }

    @Test
    void everyRowMissingUnderDropMissing() throws IOException {
        DatasetException e = assertThrows(DatasetException.class,
                () -> load("a,b,c\n1,,x\n,4,y\n", DataOptions.defaults().withDropMissing(true)));
        assertEquals("data.csv: every row has a missing value, so --drop-missing leaves nothing; fill in values or"
                + " --ignore the emptiest columns", e.getMessage());
    }

    @Test
    void theTargetCannotBeIgnored() throws IOException {
        DatasetException e = assertThrows(DatasetException.class,
                () -> load("a,b,c\n1,2,x\n", DataOptions.defaults().withIgnore(List.of("c"))));
        assertEquals("data.csv: 'c' is the target column and cannot be ignored; choose another target with"
                + " --target NAME", e.getMessage());
    }

    @Test
    void theProblemAndItsRemedyAreKeptApart() throws IOException {
        DatasetException e = assertThrows(DatasetException.class,
                () -> load("id,age,y\n1,30,a\n2,abc,b\n3,31,a\n", DataOptions.defaults()));
        assertEquals("data.csv line 3, column 2 ('age'): 'abc' is not a number", e.problem());
        assertEquals(Remedy.about(Remedy.Kind.FIX_OR_IGNORE, "age"), e.remedy().orElseThrow());
        assertEquals(e.problem() + "; fix the value or pass --ignore age", e.getMessage(), "the CLI's sentence");
        DatasetException plain = assertThrows(DatasetException.class, () -> load("a,b\n1\n", DataOptions.defaults()));
        assertTrue(plain.remedy().isEmpty(), "a wrong field count has one fix everywhere");
        assertEquals(plain.getMessage(), plain.problem());
    }

    @Test
    void duplicateHeaderName() throws IOException {
        assertEquals("data.csv line 1, column 3: the name 'a' is already used by column 1; give each column a unique name",
                error("a,b,a\n1,2,3\n"));
    }

    private Dataset load(String text, DataOptions options) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return registry.load(f.toString(), options);
    }

    private String error(String text) throws IOException {
        return assertThrows(DatasetException.class, () -> load(text, DataOptions.defaults())).getMessage();
    }
}

package org.activationworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundledDatasetsTest {

    private final DatasetRegistry registry = new DatasetRegistry();

    @ParameterizedTest
    @CsvSource({
            "iris, CLASSIFICATION, 150, 4, 3",
            "wine, CLASSIFICATION, 178, 13, 3",
            "breast-cancer, CLASSIFICATION, 569, 30, 2",
            "diabetes, REGRESSION, 442, 10, 1",
            "digits, CLASSIFICATION, 1797, 64, 10"})
    void loadsWithClaimedSizes(String name, Task task, int rows, int inputs, int outputs) {
        Dataset d = registry.load(name, DataOptions.defaults());
        assertEquals(task, d.task());
        assertEquals(rows, d.train().rows() + d.test().rows());
        assertEquals(inputs, d.inputs());
        assertEquals(outputs, d.outputs());
        assertEquals(inputs, d.featureNames().size());
        // stratified 80/20: within one row per class of the exact ratio
        assertEquals(rows * 0.2, d.test().rows(), outputs);
        assertEquals(name, d.name());
        assertTrue(d.license().contains(name.equals("diabetes") ? "BSD-3-Clause" : "CC BY 4.0"));
    }

    @Test
    void irisSpeciesAndSplitProportions() {
        Dataset d = registry.load("iris", DataOptions.defaults());
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
        int[] test = new int[3];
        for (int l : d.test().labels()) test[l]++;
        assertEquals("[10, 10, 10]", java.util.Arrays.toString(test));
    }

    @Test
    void breastCancerProportionsSurviveTheSplit() {
        Dataset d = registry.load("breast-cancer", DataOptions.defaults());
        // 212 malignant, 357 benign: round(0.2 × count) of each in the test split
        int benign = d.classNames().indexOf("benign");
        long testBenign = java.util.Arrays.stream(d.test().labels()).filter(l -> l == benign).count();
        assertEquals(71, testBenign);
        assertEquals(42 + 71, d.test().rows());
    }

    @Test
    void listingCoversEveryDataset() {
        Map<String, DatasetInfo> byName = registry.list().stream()
                .collect(Collectors.toMap(DatasetInfo::name, i -> i));
        assertEquals(registry.names().size(), byName.size());
        assertEquals(120, byName.get("iris").trainSize());
        assertEquals(30, byName.get("iris").testSize());
        assertEquals(800, byName.get("spiral").trainSize());
        assertEquals(410, byName.get("sin").trainSize());
        for (DatasetInfo i : byName.values()) {
            assertTrue(!i.license().isBlank() && !i.source().isBlank() && !i.description().isBlank(), i.name());
        }
    }
}

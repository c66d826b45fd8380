package vn.daihoi.demo.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.daihoi.demo.DemoData;

/**
 * {@code ./daihoi demo}: the sample province, or the national tree at {@code daihoi.demo.factor} with its
 * congress cases; {@code daihoi.demo.only=congresses} adds only the congress cases to a national tree
 * loaded before (each part is skipped when it is there already).
 */
@Component
class DemoLoader implements DemoData {

    private final SampleProvince sample;
    private final NationalLoad national;
    private final NationalCongresses congresses;
    private final double factor;
    private final String only;

    DemoLoader(
            SampleProvince sample,
            NationalLoad national,
            NationalCongresses congresses,
            @Value("${daihoi.demo.factor:1}") double factor,
            @Value("${daihoi.demo.only:}") String only) {
        this.sample = sample;
        this.national = national;
        this.congresses = congresses;
        this.factor = factor;
        this.only = only;
    }

    @Override
    public void load(Scale scale) {
        switch (scale) {
            case SAMPLE -> sample.load();
            case NATIONAL -> {
                if (!"congresses".equals(only)) {
                    national.load(factor);
                }
                congresses.load();
            }
        }
    }
}

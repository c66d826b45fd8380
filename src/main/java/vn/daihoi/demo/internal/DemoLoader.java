package vn.daihoi.demo.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.daihoi.demo.DemoData;

/** {@code ./daihoi demo}: the sample province, or the national tree at {@code daihoi.demo.factor}. */
@Component
class DemoLoader implements DemoData {

    private final SampleProvince sample;
    private final NationalLoad national;
    private final double factor;

    DemoLoader(SampleProvince sample, NationalLoad national, @Value("${daihoi.demo.factor:1}") double factor) {
        this.sample = sample;
        this.national = national;
        this.factor = factor;
    }

    @Override
    public void load(Scale scale) {
        switch (scale) {
            case SAMPLE -> sample.load();
            case NATIONAL -> national.load(factor);
        }
    }
}

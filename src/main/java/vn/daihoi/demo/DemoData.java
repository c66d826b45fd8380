package vn.daihoi.demo;

/** Loads demo data into the database the app uses. */
public interface DemoData {

    enum Scale {
        SAMPLE,
        NATIONAL
    }

    void load(Scale scale);
}

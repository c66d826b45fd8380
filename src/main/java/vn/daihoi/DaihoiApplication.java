package vn.daihoi;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The web application. Started by {@link Main} for the {@code run} and {@code demo} commands. */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class DaihoiApplication {}

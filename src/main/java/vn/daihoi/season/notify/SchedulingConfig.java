package vn.daihoi.season.notify;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The deadline scan runs on a schedule on every node; its advisory lock lets one node do the work. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}

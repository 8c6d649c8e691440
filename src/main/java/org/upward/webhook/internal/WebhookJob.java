package org.upward.webhook.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries on a schedule ({@code upward.webhooks.cron}, every 15 seconds by default; "-"
 * turns it off). ShedLock runs it on one instance at a time; the claim's {@code skip locked} keeps two
 * overlapping runs from sending the same delivery.
 */
@Component
class WebhookJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookJob.class);

    private final WebhookSender sender;

    WebhookJob(WebhookSender sender) {
        this.sender = sender;
    }

    @Scheduled(cron = "${upward.webhooks.cron:*/15 * * * * *}", zone = "UTC")
    @SchedulerLock(name = "webhooks", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public void run() {
        int attempted = sender.sendDue();
        if (attempted > 0) {
            log.info("Webhook deliveries attempted: {}", attempted);
        }
    }
}

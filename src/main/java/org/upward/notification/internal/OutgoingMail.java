package org.upward.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail through SMTP when {@code spring.mail.host} is set; otherwise writes the mail
 * to the log, so nothing breaks on an instance without mail.
 */
@Service
class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    OutgoingMail(ObjectProvider<JavaMailSender> sender, @Value("${upward.mail.from:upward@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(String to, String subject, String text) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("Mail (no SMTP configured) to {}: {}\n{}", to, subject, text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            smtp.send(message);
        } catch (MailException e) {
            log.warn("Could not send mail to {} ({}): {}", to, subject, e.getMessage());
        }
    }
}

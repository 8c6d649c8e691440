package org.upward.notification.internal;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail never breaks the action that sent it: without SMTP it is logged, an unreachable server is logged too. */
class OutgoingMailTest {

    @Test
    void withoutSmtpTheMailIsOnlyLogged() {
        OutgoingMail mail =
                new OutgoingMail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "a@b");
        assertThatCode(() -> mail.send("someone@example.com", "Subject", "Text"))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnreachableSmtpServerDoesNotFailTheSender() {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(9);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", unreachable);
        OutgoingMail mail = new OutgoingMail(beans.getBeanProvider(JavaMailSender.class), "a@b");
        assertThatCode(() -> mail.send("someone@example.com", "Subject", "Text"))
                .doesNotThrowAnyException();
    }
}

package org.upward.agreement.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementTemplateRepository extends JpaRepository<AgreementTemplate, Long> {}

package org.upward.people;

public enum SkillCategory {
    DIGITAL_TOOLS,
    SOCIAL_MEDIA,
    DATA_AND_AI,
    MARKET_INSIGHT,
    DIVERSITY_AND_INCLUSION,
    LEADERSHIP,
    BUSINESS_STRATEGY,
    OTHER
}

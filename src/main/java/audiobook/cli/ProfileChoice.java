package audiobook.cli;

import audiobook.mix.DeliveryProfile;
import java.util.EnumSet;
import java.util.Set;

/** The values of {@code --profile}: which masters a build writes. */
enum ProfileChoice {
    immersive(EnumSet.of(DeliveryProfile.IMMERSIVE)),
    dry(EnumSet.of(DeliveryProfile.DRY)),
    both(EnumSet.of(DeliveryProfile.IMMERSIVE, DeliveryProfile.DRY));

    private final Set<DeliveryProfile> profiles;

    ProfileChoice(Set<DeliveryProfile> profiles) {
        this.profiles = profiles;
    }

    Set<DeliveryProfile> profiles() {
        return profiles;
    }
}
